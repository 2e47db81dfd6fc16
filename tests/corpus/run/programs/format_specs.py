import math
from datetime import datetime

values = [0, 1, -1, 42, 3.14159265, -2.5, 1e-7, 12345678.9, float("inf"), float("nan"), 2**70, 0.1 + 0.2]
specs = ["", "10", "<10", "^10", "*>12", "+", " ", "08.3f", ".2e", ".3g", "g", ",", "_", "%", ".1%", "#x", "#o", "#b", "x", "X", "n", "e", "E", "G", "=+10", "010,.2f", ".0f", "#.0f", ".10g", "c"]
for v in values:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, TypeError) as e:
            row.append(f"<{type(e).__name__}>")
    print(repr(v), "|", " | ".join(row))

for s in ["hello", "", "ünï"]:
    print([format(s, sp) for sp in ["", "10", ">8", "^9", ".2", "*^10.3", "<3"]])
try:
    format("x", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(3.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(3, ".2s")
except ValueError as e:
    print("ValueError:", e)
try:
    format(True, "c")
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
name, n, pi = "world", 7, math.pi
print(f"{name!r:>10}|{name!s}|{name!a}|{'é'!a}|{n:{'>'}{5}}|{pi:.{n}f}|{n=}|{pi = :.2f}|{n*2=}")
print(f"{{literal}} {n:#06x} {n:+d} {-n: d} {1234567:,d} {1234567:_x} {0.000012345:.3e} {123.456:10.1f}|")
print(f"{datetime(2024, 1, 2, 3, 4, 5):%Y/%m/%d %H-%M-%S} {datetime(2024, 1, 2):{'%b %d'}}")
print("{0}{1}{0}".format("ab", "cd"), "{name}-{0}".format(1, name="x"), "{a[0]}{b.real}".format(a=[9], b=2j), "{:{w}.{p}f}".format(3.14159, w=10, p=3))
print("{!r:^12}".format("q"), "{0[key]}".format({"key": "v"}), "{:%}".format(0.25), "{:,}".format(10**12))
print("%s %r %d %i %5.1f %-5d| %+.2e %x %X %o %c %%" % ("s", "r", 3.9, -2, 2.25, 7, 12345.678, 255, 255, 8, 65))
print("%(a)s and %(b)05.1f" % {"a": "A", "b": 3.14159}, "%5s|%-5s|" % ("ab", "cd"), "%.3s" % "abcdef", "%*d|%-*d|" % (5, 1, 4, 2))
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("only one",)
except TypeError as e:
    print("TypeError:", e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    "{0} {2}".format(1, 2)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
print(str(1.0), str(1e16), str(1.5e-5), repr(0.1), str(123456789.123456789), str(1e100), str(-0.0), str(2.0 ** 0.5 * 1e15))
print(round(2.675, 2), round(1e20), int(1e20), float(10**20), 10**20 / 3, 1 / 7 * 1e10, 5e-324, 1.7976931348623157e308)
print(f"{12345.6789:.2f}", f"{-0.0:.1f}", f"{0.5:.0f}", f"{1.5:.0f}", f"{2.5:.0f}", f"{1e300 * 1e10}", f"{math.nan:>6}")
print(f"{3:05}", f"{-3:05}", f"{3.0:05}", f"{'x':05}" if False else "", f"{255:#_b}", f"{1e6:g}", f"{1e-5:g}", f"{123456789:g}", f"{0.0001234:.2g}")
print(format(1234.5, "n"), format(10**16, "e"), format(-1.23456789e-20, ".15g"), format(2.5, "=+8.2f"), format(1/3, ".17g"))
table = [("apples", 3, 0.5), ("kiwis", 12, 0.25), ("dragonfruit", 1, 3.75)]
print(f"{'item':<12}{'qty':>5}{'each':>8}{'total':>9}")
for item, qty, each in table:
    print(f"{item:<12.10}{qty:>5d}{each:>8.2f}{qty * each:>9.2f}")
print(f"{'':=^34}")
print(f"{sum(q * e for _, q, e in table):>34.2f}")
