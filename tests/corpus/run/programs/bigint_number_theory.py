import sys
import math
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f = fact(500)
s = str(f)
print(len(s), s[:20], s[-20:].rstrip("0")[-5:], sum(map(int, s)), s.count("0"))
print(math.factorial(100) == fact(100), fact(30), hex(fact(25)), oct(2**40), bin(fact(10)))
fibs = [0, 1]
while len(fibs) < 300:
    fibs.append(fibs[-1] + fibs[-2])
print(fibs[-1], len(str(fibs[-1])), fibs[299] % 1000000007, math.gcd(fibs[120], fibs[90]) == fibs[30])
print(2**1000 % 10**10, pow(3, 10**18, 10**9 + 7), pow(7, -1, 13), pow(2, 100), (-2) ** 101, -(2**64) // 3, -(2**64) % 7)
print(divmod(10**30, 7**20), divmod(-(10**30), 7**20), (10**30) // -(3**40), int("9" * 50) + 1, 10**20 / 3, 2**1023 * 2.0 if False else float(2**1023))
try:
    float(2**1024)
except OverflowError as e:
    print("OverflowError:", e)
try:
    2.0 ** 2000
except OverflowError as e:
    print("OverflowError:", e)
try:
    10**400 / 3.0
except OverflowError as e:
    print("OverflowError:", e)
print(10**400 // 3 % 1000, (10**400) / (10**399), int(1e20), int(-1.9e3), int(2.5e-3), round(10**25 / 7))
huge = 10 ** 5000
try:
    print(len(str(huge)))
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError:", e)
print(sys.get_int_max_str_digits(), len(hex(huge)), huge.bit_length(), (huge - 1) % 9)
sys.set_int_max_str_digits(6000)
print(len(str(huge)), str(huge)[:5])
sys.set_int_max_str_digits(0)
print(len(str(10 ** 10000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
print(f"{2**100:,}", f"{2**100:e}", f"{-2**70:x}", f"{2**64:#_o}", f"{10**18:.3e}", f"{3**50:>60}", f"{7**30:+d}")
print(int.bit_length(255), (255).bit_count(), (-1) >> 100, 1 << 100 >> 98, ~(2**65), (2**65) & (2**65 - 1), (2**65) | 1, (2**65) ^ (2**64))
print(math.isqrt(10**50), math.comb(100, 50), math.perm(30, 10), math.lcm(*range(1, 30)), math.prod(range(1, 25)))
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print(max(range(1, 10000), key=collatz), collatz(2**100 + 1))
def is_prime(n):
    if n < 2: return False
    for p in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        if n % p == 0: return n == p
    d, s = n - 1, 0
    while d % 2 == 0: d //= 2; s += 1
    for a in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        x = pow(a, d, n)
        if x in (1, n - 1): continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1: break
        else:
            return False
    return True
print([p for p in range(10**12, 10**12 + 200) if is_prime(p)], is_prime(2**127 - 1), is_prime(2**128 + 1))
print(hash(2**100) , hash(-2**100), hash(10**20), hash(2**61 - 1), hash(-1), hash(-2))
print(int.from_bytes((2**200).to_bytes(26, "little"), "little") == 2**200, (2**200).to_bytes(26, "big")[:4])
print(abs(-10**30), -10**30 < -10**29, max(10**30, 10**30 + 0.5), 10**30 == 1e30, 10**16 + 1 == 1e16 + 1, 2**53 + 1 == float(2**53 + 1))
print(round(123456789, -3), round(-1250, -2), round(1350, -2), round(10**30 + 5 * 10**9, -10))
