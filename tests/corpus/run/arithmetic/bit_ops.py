# Bitwise operators with positive and negative ints.
vals = [0, 1, 5, -5, 12, -12, 255, -256]
for a in vals:
    for b in (3, -3, 6):
        print(a, b, a & b, a | b, a ^ b)
for a in vals:
    print(a, a << 3, a >> 1, a >> 10, ~a)
print(1 << 100, (1 << 100) >> 99, -1 >> 100)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -2
except ValueError as e:
    print("ValueError:", e)
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(True & 3, 7 ^ True)
try:
    1.5 & 1
except TypeError as e:
    print("TypeError:", e)
x = 0b1011
x &= 0b0110
print(bin(x))
x |= 0b10000
print(bin(x))
x ^= 0b11111
print(bin(x))
x <<= 4
print(x)
x >>= 2
print(x)
print((2 ** 64 - 1) & -(2 ** 32), (-(2 ** 70)) | 12345, (-(2 ** 70)) ^ (2 ** 69))
