"""Order processing that ends in an uncaught error inside nested calls (exact traceback)."""
from dataclasses import dataclass
import warnings


@dataclass
class Order:
    oid: int
    items: dict
    discount: float = 0.0


PRICES = {"apple": 0.5, "pear": 0.75, "melon": 3.0}


def line_total(name, qty):
    return PRICES[name] * qty


def order_total(order):
    subtotal = sum(line_total(n, q) for n, q in order.items.items())
    if order.discount > 0.5:
        warnings.warn(f"large discount on order {order.oid}", UserWarning)
    return round(subtotal * (1 - order.discount), 2)


def summarize(orders):
    report = {}
    for o in orders:
        report[o.oid] = order_total(o)
    return report


orders = [Order(1, {"apple": 4, "pear": 2}), Order(2, {"melon": 1}, 0.6), Order(3, {"pear": 10}, 0.1)]
print(summarize(orders))
warnings.warn("deprecated call", DeprecationWarning)
warnings.warn("shown once", RuntimeWarning)
for _ in range(2):
    warnings.warn("in a loop", RuntimeWarning)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("recorded", FutureWarning)
    print([(w.category.__name__, str(w.message)) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("raised:", e)


class Inventory:
    def __init__(self):
        self.stock = {"apple": 10}

    def reserve(self, order):
        for name, qty in order.items.items():
            self.stock[name] = self.stock.get(name, 0) - qty
            if self.stock[name] < 0:
                raise LookupError(f"out of {name}")


inv = Inventory()
try:
    inv.reserve(orders[0])
except LookupError as e:
    print("LookupError:", e, inv.stock)

data = {"orders": [{"lines": [{"sku": "apple", "qty": 2}]}]}
print(data["orders"][0]["lines"][0]["qty"])
x = data["orders"][0]["lines"][0]["price"] * 2
