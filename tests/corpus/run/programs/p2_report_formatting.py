"""String formatting report: f-strings, str.format, %-formatting, alignment, tables."""
import math
from decimal import Decimal
from datetime import date

rows = [
    ("Widget", 1234, 3.14159, 0.0425, Decimal("19.99")),
    ("Gadget-XL", 7, 1000000.5, -0.12, Decimal("1234.5")),
    ("Doohickey", 0, -2.5e-7, 1.0, Decimal("0.005")),
    ("Thingamajig", 987654321, float("nan"), 0.333333, Decimal("-7")),
]

print("{:=^70}".format(" INVENTORY REPORT "))
print(f"{'Name':<12}|{'Count':>12}|{'Value':>14}|{'Change':>9}|{'Price':>10}|")
print(f"{'':-<12}+{'':->12}+{'':->14}+{'':->9}+{'':->10}+")
for name, count, value, change, price in rows:
    print(f"{name:<12.11}|{count:>12,}|{value:>14.4g}|{change:>+9.1%}|{price:>10.2f}|")

print()
print("%-10s|%5d|%8.3f|%x|%o|%e" % ("pct", 42, math.pi, 255, 8, 12345.678))
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 37})
print("%5.1f%%" % 99.44, "%+d" % 5, "% d" % 7, "%05d" % -42, "%-6d|" % 3, "%c%c" % (72, "i"))
print("%r %s %a" % ("x", "y", "ü"))
print("%#x %#o %#X %.3s" % (255, 8, 255, "abcdef"))

print("{0} {1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2), "{0[1]} {1[k]}".format([5, 6], {"k": "v"}))
print("{:>8} {:<8} {:^8}|".format("r", "l", "c"))
print("{:*^11}".format("mid"), "{:08.3f}".format(-3.14159), "{:,}".format(10**12), "{:_x}".format(0xDEADBEEF))
print("{:b} {:#b} {:o} {:#o} {:X}".format(10, 10, 64, 64, 3054))
print("{!r} {!s} {!a}".format("q", 3, "ñ"))
print("{:.3e} {:.2E} {:g} {:G} {:.0f} {:.1f}".format(123456, 0.000123, 1e20, 1e-20, 2.5, 0.05))
print(f"{3.5:.0f} {4.5:.0f} {-0.0:.1f} {1/3:.15f} {2/3:.17g}")
print(f"{12345.6789:,.2f} {0.5:%} {1234:e} {float('inf'):>6} {float('-inf'):<6}|")
print(f"{'é':^5}|{'日本':>6}|{'x'!r:>5}")
width, prec = 12, 3
print(f"{math.e:{width}.{prec}f}|{math.e:<{width}}|")
print(f"{42:#010x} {42:=+8} {-42:=8} {42:^+9}")
d = date(2024, 2, 29)
print(f"{d:%A %d %B %Y} | {d:%j} | {d!s} | {d!r}")
print("{:%Y/%m/%d}".format(d))
print(f"{True} {True:d} {None!s:>6} {[1, 2]!s:>8}")
x = 7
print(f"{x=} {x * 2 = } {x=:>4} {'s'=}")
print(f"{{literal}} {{{x}}}")


class Temp:
    def __init__(self, c):
        self.c = c

    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        if spec.endswith("K"):
            return format(self.c + 273.15, spec[:-1] + "f") + "K"
        return format(self.c, spec) + "°C"

    def __repr__(self):
        return f"Temp({self.c})"


t = Temp(21.5)
print(f"{t} | {t:.1F} | {t:.2K} | {t:>8.1f} | {t!r}")
print("{:.0F}".format(t), format(t, ".3K"))

names = ["alpha", "beta", "gamma", "delta", "epsilon"]
w = max(map(len, names))
for i, n in enumerate(names):
    print(n.ljust(w, ".") + str(i).rjust(3), n.center(11, "*"), n.zfill(8), n.upper().rjust(w))
print("-42".zfill(6), "+7".zfill(4), "abc".zfill(2))

table = [["id", "qty", "ratio"], [1, 10, 0.5], [22, 3, 0.125], [333, 1000, 1 / 7]]
widths = [max(len(f"{r[i]:.4}" if isinstance(r[i], float) else str(r[i])) for r in table) for i in range(3)]
for r in table:
    cells = [(f"{c:.4}" if isinstance(c, float) else str(c)).rjust(wd) for c, wd in zip(r, widths)]
    print("| " + " | ".join(cells) + " |")
for bad in ["{:d}".format, "{:,s}".format]:
    try:
        print(bad(1.5 if bad.__self__ == "{:d}" else "s"))
    except ValueError as e:
        print("ValueError:", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print("TypeError:", e)
print(format(1234567.891, ",.1f"), format(0.1, ".20f"), format(1e16, ""), format(123, ""), round(2.675, 2))
print(repr(0.1 + 0.2), str(1e-5), str(1e16), 1e15, 123456789012345678.0, -0.0, 1.5e300 * 1e10)
