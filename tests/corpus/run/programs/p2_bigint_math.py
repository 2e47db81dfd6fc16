"""Big integers and math module: factorials, modular arithmetic, digit sums, float edge cases."""
import math
import sys
from fractions import Fraction

f100 = math.factorial(100)
print(f100)
print(len(str(f100)), sum(map(int, str(f100))), str(f100).rstrip("0") != str(f100), len(str(f100)) - len(str(f100).rstrip("0")))
print(2 ** 256, -(2 ** 127) // 3, (2 ** 127) % 1000007, pow(3, 10 ** 18, 10 ** 9 + 7), pow(7, -1, 13))
print(divmod(-(10 ** 30), 7), divmod(10 ** 30, -7), (-7) // 2, -7 % 2, 7 % -2, -(7 // -2))
print(math.comb(100, 50), math.perm(20, 5), math.gcd(2 ** 64, 6 ** 30), math.lcm(12, 18, 30), math.isqrt(10 ** 40 + 12345))
print(int("123456789" * 5), int("-0x1F", 16), int("0b1011", 0), int("  42\n"), int("1_000_000"), int("z", 36))
print(hex(2 ** 70), oct(-100), bin(255), f"{2**100:,}", f"{2**64:_x}", format(-(2**70), "#b")[:20])
print((10 ** 20).bit_length(), (2 ** 100 - 1).bit_count(), (-5).bit_length(), abs(-(10 ** 25)), -(-(2 ** 63)))
print(10 ** 20 / 3, 10 ** 400 // 10 ** 399, float(10 ** 300) * 10, round(2 ** 70, -20), round(123456, -3))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 400 / 3
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
print(sys.maxsize, sys.maxsize + 1, -sys.maxsize - 1, type(sys.maxsize + 1).__name__)
print(sys.int_info.bits_per_digit in (15, 30), sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)


def fib(n):
    def pair(k):
        if k == 0:
            return 0, 1
        a, b = pair(k >> 1)
        c = a * (2 * b - a)
        d = a * a + b * b
        return (d, c + d) if k & 1 else (c, d)
    return pair(n)[0]


print(fib(1000) % 10 ** 20, len(str(fib(10000))))


def is_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


print([p for p in range(10 ** 12, 10 ** 12 + 100) if is_prime(p)], is_prime(2 ** 89 - 1), is_prime(2 ** 91 - 1))
print(math.sqrt(2), math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(float("nan")), math.isinf(-math.inf), math.isfinite(1e308 * 10))
print(math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(1e-10), math.exp(1), math.expm1(1e-10))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod(range(1, 11)), math.prod([]), math.dist((0, 0), (3, 4)))
print(math.hypot(3, 4, 12), math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3), math.modf(3.75))
print(math.frexp(8.0), math.ldexp(0.5, 4), math.degrees(math.pi), math.radians(180), math.atan2(1, -1))
print(math.sin(0), math.cos(math.pi), round(math.tan(math.pi / 4), 12), math.asin(1), math.acosh(1), math.erf(0.5))
print(math.gamma(5), math.lgamma(10), math.nextafter(1.0, 2.0), math.ulp(1.0))
print(0.1 + 0.2 == 0.3, 1e308 * 10, -1e308 * 10, float("inf") - float("inf"), 5e-324 / 2, 2.0 ** -1074)
print((0.1).as_integer_ratio(), (2.5).is_integer(), float.fromhex("0x1.8p1"), (3.0).hex(), 1.5.__round__(), int(-3.99))
print(float("1e-3"), float("  -inf "), float("nan") == float("nan"), 1 / 3, 2 / 3, 10 / 4, 7 // 2.0, -7 // 2.0, 7.5 % 2)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    1 / 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    int("12a")
except ValueError as e:
    print("ValueError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
print(Fraction(2 ** 80, 3 ** 40), float(Fraction(1, 3 ** 100)), complex(1, 2) * complex(3, -1), abs(3 + 4j), (1j) ** 2)
print(sum(Fraction(1, k) for k in range(1, 30)))
