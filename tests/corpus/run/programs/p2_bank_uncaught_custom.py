"""Order processing that finishes with an uncaught custom exception carrying notes and a chained context."""


class OrderError(Exception):
    """Base for order problems."""


class OutOfStock(OrderError):
    def __init__(self, sku, wanted, have):
        self.sku, self.wanted, self.have = sku, wanted, have
        super().__init__(sku, wanted, have)

    def __str__(self):
        return f"{self.sku}: wanted {self.wanted}, only {self.have} left"


class PaymentDeclined(OrderError):
    pass


STOCK = {"A1": 5, "B2": 1, "C3": 0}
PRICES = {"A1": 9.99, "B2": 120.0, "C3": 4.5}


def reserve(sku, qty):
    have = STOCK.get(sku, 0)
    if qty > have:
        raise OutOfStock(sku, qty, have)
    STOCK[sku] = have - qty


def charge(card, amount):
    if card.endswith("0000"):
        raise PaymentDeclined(f"card {card[-4:]} declined for {amount:.2f}")
    return f"txn-{abs(hash((card[-4:], round(amount, 2)))) % 10000:04d}"


def place(order):
    total = 0.0
    for sku, qty in order["items"]:
        reserve(sku, qty)
        total += PRICES[sku] * qty
    try:
        receipt = charge(order["card"], total)
    except PaymentDeclined as e:
        for sku, qty in order["items"]:
            STOCK[sku] += qty
        e.add_note(f"order {order['id']} rolled back")
        raise
    return total


orders = [
    {"id": 1, "items": [("A1", 2)], "card": "4111111111111111"},
    {"id": 2, "items": [("B2", 2)], "card": "4111111111111111"},
    {"id": 3, "items": [("A1", 1), ("B2", 1)], "card": "4000000000000000"},
    {"id": 4, "items": [("C3", 1)], "card": "4111"},
]
for o in orders:
    try:
        print(f"order {o['id']}: total {place(o):.2f}")
    except OutOfStock as e:
        print(f"order {o['id']}: out of stock -> {e} {e.args}")
    except OrderError as e:
        print(f"order {o['id']}: {type(e).__name__} -> {e} notes={e.__notes__}")
print("stock now:", STOCK)


def audit():
    try:
        reserve("ZZ", 1)
    except OutOfStock as first:
        raise PaymentDeclined("audit could not reconcile") from None


try:
    audit()
except PaymentDeclined as e:
    print("suppressed context:", e.__suppress_context__, e.__context__ is not None, e.__cause__)

final = PaymentDeclined("final batch failed")
final.add_note("retry tomorrow")
final.add_note("contact support: ext. 42")
try:
    reserve("C3", 3)
except OutOfStock as inner:
    raise final
