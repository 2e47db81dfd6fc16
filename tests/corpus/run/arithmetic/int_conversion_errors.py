# Error messages from int() and float() conversions.
bad = ["", "abc", "1.5", "12a", " ", "0x10", "1__0", "_1", "٣"]
for s in bad:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print("ValueError:", e)
for s, base in [("10", 2), ("z", 35), ("10", 1), ("10", 37), ("0b12", 0), ("012", 0)]:
    try:
        print(s, base, int(s, base))
    except ValueError as e:
        print("ValueError:", e)
for s in ["abc", "", "1.2.3", "1e", "infx"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
for v in [None, [], {}, 1j]:
    try:
        int(v)
    except TypeError as e:
        print("TypeError:", e)
try:
    float(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    int("5", base=10.0)
except TypeError as e:
    print("TypeError:", e)
print(int("٣"), int("  -0b11 ", 0), int("+12"), float("  -inf "))
