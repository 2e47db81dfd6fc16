from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP, ROUND_UP, ROUND_HALF_DOWN, localcontext, InvalidOperation, getcontext, DivisionByZero
import decimal

class InsufficientFunds(Exception):
    def __init__(self, account, needed):
        self.account = account
        self.needed = needed
    def __str__(self):
        return f"{self.account.owner} short by {self.needed:,.2f}"

class Account:
    CENT = Decimal("0.01")
    def __init__(self, owner, balance="0"):
        self.owner = owner
        self.balance = Decimal(balance)
        self.history = []

    def post(self, amount, memo):
        amount = Decimal(amount).quantize(self.CENT, rounding=ROUND_HALF_EVEN)
        if self.balance + amount < 0:
            raise InsufficientFunds(self, -(self.balance + amount))
        self.balance += amount
        self.history.append((memo, amount, self.balance))

    def interest(self, rate, days):
        raw = self.balance * Decimal(rate) * days / 365
        self.post(raw, f"interest {rate} x {days}d (raw {raw:.6f})")

    def statement(self):
        print(f"== {self.owner} ==")
        for memo, amt, bal in self.history:
            print(f"  {memo:<40.40}{amt:>+12,.2f}{bal:>14,.2f}")

a = Account("alice", "1000.00")
a.post("250.555", "deposit")
a.post("-0.005", "fee")
a.post("-0.015", "fee")
a.interest("0.035", 30)
try:
    a.post("-5000", "withdraw")
except InsufficientFunds as e:
    print("error:", e)
a.statement()

x = Decimal("2.675")
modes = [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]
for m in modes:
    print(f"{m:<16} {x.quantize(Decimal('0.01'), rounding=m)} {(-x).quantize(Decimal('0.01'), rounding=m)}")
print(round(Decimal("2.5")), round(Decimal("3.5")), round(Decimal("2.675"), 2), round(2.675, 2))
print(Decimal(1) / Decimal(7))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), Decimal("123456789") + 0, +Decimal("1.23456789"))
    ctx.rounding = ROUND_DOWN
    print(Decimal(2) / 3)
print(getcontext().prec, Decimal("1.10") + Decimal("2.20"), Decimal("1.1") * 3)
print(Decimal(0.1), Decimal("1e3"), Decimal("1E+3").normalize(), Decimal("100").normalize(), Decimal("0.000"))
print(Decimal("-0"), Decimal("NaN"), Decimal("-Infinity"), Decimal("1.500").as_tuple())
print(Decimal("12.345").scaleb(2), Decimal(10) ** -2, Decimal(2).sqrt(), Decimal("1.00").exp() if hasattr(Decimal, "exp") else "")
print(repr(Decimal("3.14")), str(Decimal("1E-7")), f"{Decimal('1234.5'):,.3f}", f"{Decimal('0.5'):%}", f"{Decimal('1e10'):e}")
print(Decimal("7") // Decimal("-2"), Decimal("7") % Decimal("-2"), divmod(Decimal(-7), Decimal(2)), 7 // -2, 7 % -2)
print(Decimal("1.30") == Decimal("1.3"), Decimal("0.1") == 0.1, Decimal("0.5") == 0.5, hash(Decimal("1.0")) == hash(1))
print(sorted([Decimal("1.1"), Decimal("-2"), Decimal("1.10"), Decimal("0")]), max(Decimal("1"), 2))
print(sum([Decimal("0.1")] * 10), sum([0.1] * 10))
for bad in ["abc", "1..2"]:
    try:
        Decimal(bad)
    except InvalidOperation as e:
        print("InvalidOperation", e.args[0] if e.args and not isinstance(e.args[0], list) else type(e.args[0]).__name__)
try:
    Decimal(1) / 0
except DivisionByZero as e:
    print("DivisionByZero", type(e).__mro__[1].__name__)
try:
    Decimal("1.5") + 1.5
except TypeError as e:
    print("TypeError:", e)
print(Decimal("1.2345").quantize(Decimal("1e-2")), Decimal(12345).quantize(Decimal("1e1")) if False else "", Decimal("5").compare(Decimal("3")))
print(Decimal("3.7").to_integral_value(), Decimal("-3.5").to_integral_value(rounding=ROUND_HALF_UP), int(Decimal("-3.9")), float(Decimal("1.25")))
print(Decimal("1.5").is_finite(), Decimal("inf").is_infinite(), Decimal("nan").is_nan(), Decimal(-1).is_signed(), Decimal("12.5").adjusted())
