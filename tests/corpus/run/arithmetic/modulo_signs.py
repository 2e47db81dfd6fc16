# Floor division and modulo follow the sign of the divisor.
for a in range(-7, 8, 2):
    row = []
    for b in (-3, -2, 2, 3):
        row.append("%d//%d=%d %d%%%d=%d" % (a, b, a // b, a, b, a % b))
    print(" | ".join(row))
for a in (-5.5, 5.5, -0.0, 0.0):
    for b in (-2.0, 2.0):
        print(a, b, a // b, a % b)
print(-1 % 10, 1 % -10, -10 % 10, 10 % -10)
print((-(2 ** 70)) % 3, (2 ** 70) % -3, (-(2 ** 70)) // 3)
print(divmod(-(10 ** 20), 7), divmod(10 ** 20, -7))
print(-7 % 2.5, 7 % -2.5)
print(1e300 % 7, -1e300 % 7)
