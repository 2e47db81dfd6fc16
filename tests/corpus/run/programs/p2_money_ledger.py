"""Double-entry ledger with Decimal: journal entries, trial balance, rounding modes, currency allocation."""
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, localcontext, InvalidOperation
from collections import defaultdict
from datetime import date

D = Decimal
CENT = D("0.01")


class UnbalancedEntry(Exception):
    pass


class Ledger:
    def __init__(self):
        self.entries = []
        self.balances = defaultdict(D)

    def post(self, when, memo, *lines):
        debit = sum((amt for acct, amt in lines if amt > 0), D(0))
        credit = -sum((amt for acct, amt in lines if amt < 0), D(0))
        if debit != credit:
            raise UnbalancedEntry(f"{memo}: debits {debit} != credits {credit}")
        self.entries.append((when, memo, lines))
        for acct, amt in lines:
            self.balances[acct] += amt

    def trial_balance(self):
        rows = sorted(self.balances.items())
        width = max(len(a) for a, _ in rows)
        for acct, bal in rows:
            dr = f"{bal:>12,.2f}" if bal > 0 else " " * 12
            cr = f"{-bal:>12,.2f}" if bal < 0 else " " * 12
            print(f"{acct:<{width}} {dr} {cr}")
        total = sum(self.balances.values(), D(0))
        print(f"{'total':<{width}} {total:>25}")


led = Ledger()
led.post(date(2024, 1, 1), "capital", ("cash", D("10000")), ("equity", D("-10000")))
led.post(date(2024, 1, 5), "buy stock", ("inventory", D("2450.75")), ("cash", D("-2450.75")))
led.post(date(2024, 1, 9), "sale", ("cash", D("1299.99")), ("receivable", D("300.01")), ("revenue", D("-1600.00")))
led.post(date(2024, 1, 9), "cogs", ("cogs", D("812.40")), ("inventory", D("-812.40")))
try:
    led.post(date(2024, 1, 10), "typo", ("cash", D("100")), ("revenue", D("-10.0")))
except UnbalancedEntry as e:
    print("rejected:", e)
led.trial_balance()

price = D("19.995")
for mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING):
    print(f"{mode:<16} {price.quantize(CENT, rounding=mode)} {(-price).quantize(CENT, rounding=mode)}")


def allocate(total, weights):
    total = D(total)
    raw = [total * D(w) / sum(map(D, weights)) for w in weights]
    floored = [r.quantize(CENT, rounding=ROUND_DOWN) for r in raw]
    remainder = int((total - sum(floored)) / CENT)
    order = sorted(range(len(raw)), key=lambda i: (raw[i] - floored[i], -i), reverse=True)
    for i in order[:remainder]:
        floored[i] += CENT
    return floored


parts = allocate("100.00", [1, 1, 1])
print(parts, sum(parts))
parts = allocate("1000", [0.2, 0.3, 0.5, 0.15])
print(parts, sum(parts))
with localcontext() as ctx:
    ctx.prec = 6
    print(D(1) / D(7), D("123456789") * 1, +D("123456789"))
print(D(1) / D(7))
print(D("1.30") + D("1.20"), D("1.30") * D("1.20"), D("10") / D("4"), D("10") // D("4"), D("-10") % D("3"))
print(D("0.1") * 3 == D("0.3"), D("2").sqrt(), D("1e-3").normalize(), D("100").normalize(), D("1.000").normalize())
print(D("3.14159").quantize(D("0.001")), D(1234567.891).quantize(CENT), D("NaN").is_nan(), D("-Infinity") < 0)
try:
    D("abc")
except InvalidOperation as e:
    print("InvalidOperation:", type(e).__name__)
try:
    D(1) / D(0)
except Exception as e:
    print(type(e).__name__, e)
print(sorted([D("1.10"), D("1.1"), D("0.9"), D("-2")]), max(D("1.10"), D("1.1")), hash(D("1.10")) == hash(D("1.1")))
print(f"{D('1234.5'):,.2f} {D('0.000123'):.2e} {D('42'):08.3f} {D('-0.5'):+.1f}", str(D("1E+2")), repr(D("1.50")))
print(D("1.5").as_integer_ratio(), int(D("-7.9")), float(D("0.1")), round(D("2.675"), 2), D("7.25").to_integral_value())
