vals = [0.0, -0.0, 1.0, 0.1, 1/3, 2/3, 1e16, 1.5e-7, 123456.789, 1e22, 2.5, 3.5, 1e300*1e10, float("nan"), 5e-324, 0.1+0.2, 100.0, 1e15, 123456789012345678.0]
for v in vals:
    print(f"{v!r:>24} | {v:g} | {v:.3g} | {v:e} | {v:.2e} | {v:.3%} | {v:10.4f} | {v:G} | {v:n} | {str(v)}")
print("%g %g %g %g %g" % (1e-5, 1e-4, 123456, 1234567, 0.0001234))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5), "%5.2s|" % "abc", "%-5d|%+05d|% d" % (3, 3, 3))
print("%r %a %s" % ("é", "é", b"x"), "%c%c" % (65, "b"), "%%", "%(a)s-%(b)03d" % {"a": 1, "b": 2})
print("%#x %#o %#X %x" % (255, 8, 255, -255), "%e" % 0, "%.3e" % 1234.5)
for n in [0, 1, 255, -255, 2**64, 1 << 100]:
    print(bin(n), hex(n), oct(n), f"{n:#b}", f"{n:08x}", f"{n:,}", f"{n:_b}"[:20], f"{n:X}", n.bit_length(), n.bit_count() if hasattr(n, "bit_count") else "")
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True), (255).to_bytes(1, byteorder="big"))
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\xff\xfe", "little", signed=True), int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"", "big"))
print((2**70).to_bytes(10, "big").hex(), (65).to_bytes(), (0).to_bytes(0, "big"))
for args in [(256, 1, "big", False), (-1, 1, "big", False), (128, 1, "big", True)]:
    try:
        args[0].to_bytes(args[1], args[2], signed=args[3])
    except OverflowError as e:
        print("OverflowError:", e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print("ValueError:", e)
print(float.hex(1.5), float.fromhex("0x1.8p1"), (0.1).as_integer_ratio(), (2.5).is_integer(), float("  -1e3 "), float("inf"), float("-nan"))
print(1e16, 1.0e-5, 123e-20, 0.00001, 1234567890123456789.0, -1.5e-10, 1.0 * 10**15, 9007199254740993.0)
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(1234.5678, -2), round(-0.5), round(5, -1), round(15, -1), round(25, -1))
print(format(1234.5, ","), format(-1234.5, "_.1f"), format(0.000001, ".1e"), format(1e-10, "f"), format(12, "c"), format(3, "5"))
print(f"{3.14159:.{3}f}", f"{'x':{'>'}{5}}", f"{10:{'^'}{7}}", f"{2**0.5:{8}.{4}}", f"{42!s:>4}", f"{'q'!r}")
print(f"{1e6:.0e}", f"{1.23456e-5:.2g}", f"{12345:.2g}", f"{0.5:.0%}", f"{float('inf'):>6}", f"{float('nan'):+}", f"{-1e-320:.3}")
print(str(1.0), str(10.0**20), str(10.0**21), repr(1e-4), repr(1e-5), repr(0.1 * 3), repr(-0.0), repr(2.0**-1074), repr(1.7976931348623157e308))
print(divmod(7.5, 2), divmod(-7.5, 2), 7.5 // -2, -7.5 % 2, 2 ** -1, (-8) ** (1/3) if False else "", pow(2, -2), pow(3, 4, 5), pow(-2, 3))
print(1/3 + 1/3 + 1/3 == 1.0, 0.1 + 0.2 == 0.3, abs(-0.0), -0.0 == 0.0, float("nan") == float("nan"), max(1, 1.0), min(1.0, 1))
import math
print(math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1.5, 2, 3]), math.dist((0, 0), (3, 4)), math.hypot(3, 4, 12))
print(math.inf, -math.inf, math.nan, math.pi, math.e, math.tau, math.floor(-2.5), math.ceil(2.1), math.comb(10, 3), math.perm(5, 2), math.isqrt(99))
print(math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(1), math.sqrt(2), math.gcd(12, 18, 24), math.lcm(4, 6), math.factorial(20))
print(math.copysign(1, -0.0), math.fmod(-7, 3), math.remainder(7, 3), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4), math.degrees(math.pi), math.radians(180))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: 10.0 ** 400, lambda: math.exp(1000), lambda: int(float("inf")), lambda: int(float("nan"))]:
    try:
        bad()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
