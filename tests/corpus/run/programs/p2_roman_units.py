"""Conversions: roman numerals, number words, unit conversion table, base conversions with validation."""
ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
         (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range for roman numerals")
    out = []
    for v, s in ROMAN:
        q, n = divmod(n, v)
        out.append(s * q)
    return "".join(out)


def from_roman(s):
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = vals[a]
        total += -v if b != " " and vals[b] > v else v
    if to_roman(total) != s:
        raise ValueError(f"non-canonical numeral {s!r}")
    return total


ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def words(n):
    if n < 0:
        return "minus " + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    if n < 1000:
        h, r = divmod(n, 100)
        return ONES[h] + " hundred" + (" and " + words(r) if r else "")
    for scale, name in ((10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand")):
        if n >= scale:
            q, r = divmod(n, scale)
            return words(q) + " " + name + ((", " if r >= 100 else " and ") + words(r) if r else "")


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(f"{n:>5} {r:<12} {from_roman(r):>5}  {words(n)}")
for bad in [0, 4000, -1]:
    try:
        to_roman(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ["IIII", "VX", "IC", "MMMM"]:
    try:
        print(bad, from_roman(bad))
    except (ValueError, KeyError) as e:
        print(f"{bad}: {type(e).__name__}: {e}")
print(words(1_234_567_891), "|", words(-45), "|", words(1000), "|", words(1_000_001))

UNITS = {"length": {"m": 1.0, "km": 1000.0, "cm": 0.01, "in": 0.0254, "ft": 0.3048, "mi": 1609.344},
         "mass": {"kg": 1.0, "g": 0.001, "lb": 0.45359237, "oz": 0.028349523125}}


def convert(value, src, dst):
    for kind, table in UNITS.items():
        if src in table and dst in table:
            return value * table[src] / table[dst]
    if {src, dst} <= {"C", "F", "K"}:
        c = {"C": value, "F": (value - 32) * 5 / 9, "K": value - 273.15}[src]
        return {"C": c, "F": c * 9 / 5 + 32, "K": c + 273.15}[dst]
    raise ValueError(f"cannot convert {src} to {dst}")


for v, a, b in [(5, "km", "mi"), (12, "in", "cm"), (1, "mi", "ft"), (2.5, "lb", "kg"), (16, "oz", "lb"),
                (100, "C", "F"), (-40, "F", "C"), (0, "K", "C"), (3, "kg", "m")]:
    try:
        print(f"{v:>6} {a:<2} = {convert(v, a, b):>12.4f} {b}")
    except ValueError as e:
        print("ValueError:", e)


def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n, out = abs(n), []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))


for n in [0, 255, -255, 2 ** 64, 123456789]:
    print(n, [to_base(n, b) for b in (2, 7, 16, 36)], all(int(to_base(n, b), b) == n for b in range(2, 37)))
