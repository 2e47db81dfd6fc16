# Roman numeral conversion both ways with validation errors.
PAIRS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range")
    out = []
    for value, sym in PAIRS:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)
VALUES = {s: v for v, s in PAIRS if len(s) == 1}
def from_roman(s):
    total = 0
    prev = 0
    for ch in reversed(s.upper()):
        try:
            v = VALUES[ch]
        except KeyError:
            raise ValueError(f"bad numeral {ch!r}") from None
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    if to_roman(total) != s.upper():
        raise ValueError(f"non-canonical numeral {s!r}")
    return total
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(n, r, from_roman(r))
for bad in [0, 4000, "x", True, 2.5]:
    try:
        to_roman(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for bad in ["IIII", "VX", "ABC", "mcmxciv"]:
    try:
        print(bad, from_roman(bad))
    except ValueError as e:
        print("ValueError:", e)
print(all(from_roman(to_roman(i)) == i for i in range(1, 4000)))
