# divmod, round, abs, pow, chr/ord, hex/oct/bin, format, int/float/complex constructors.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-0.5, 1))
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.675, 0.125, 1e20]:
    print(x, round(x), round(x, 1), round(x, 2))
print(round(12345, -2), round(12355, -1), round(-12345, -2), round(5, 0), type(round(5.5)).__name__, type(round(5.5, 0)).__name__)
print(abs(-3), abs(-3.5), abs(3 + 4j), abs(True), abs(-0.0))
print(chr(65), chr(0x263A), ord("A"), ord("\n"), ord("😀"))
print(hex(0), hex(-1), hex(2 ** 64), oct(-9), bin(-5), bin(0))
print(format(3.14159, ".3f"), format(42, "08b"), format(1e6, ",.1f"), format("x", ">3"), format(0.5, "%"), format(-7, "x"))
print(int(), float(), complex(), bool(), str(), int("  42\n"), float("3.5e2"))
print(int(10.99), int(-10.99), int("-0"), float(-0), float("-0.0"))
print(pow(2, 10), pow(2.0, -1), pow(-8, 1 / 3) if False else "skip", pow(10, 2, 7))
print(max(range(5), key=lambda v: (v * 7) % 5), min(-1, -2.5))
print(bool(0.0), bool(0j), bool(" "), bool(range(0)), bool(None))
print(float("1e-400"), float("-1e400"), 10 ** 0.5, round(float("inf")) if False else "inf skip")
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    round("1")
except TypeError as e:
    print("TypeError:", e)
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    chr("a")
except TypeError as e:
    print("TypeError:", e)
