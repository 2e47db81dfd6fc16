# Float arithmetic details: rounding, negative zero, inf/nan propagation, int/float mixing.
print(0.1 * 3, 0.1 * 3 == 0.3, 1.1 + 2.2, 3.3 - 1.1, 1e-16 + 1, 1 - 1e-16)
print(2.5 * 4, 7.0 / 2, 7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2, 2.0 ** 0.5)
print(-0.0, 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, abs(-0.0), -(0.0))
print(1e308 + 1e308, -1e308 * 10, 1e-320, 5e-324 / 2, 2.0 ** -1074)
inf = float("inf")
nan = float("nan")
print(inf + inf, inf * -1, inf / inf, inf - 1e308, 0 * inf, nan + 1, nan * 0)
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, max(1.0, nan), max(nan, 1.0), min(nan, 1.0))
print(1 + 2.0, 2 * 1.5, 10 / 4, 10 // 4.0, 2 ** 0.5, 4 ** -0.5, True + 0.5)
print(float(2 ** 53), float(2 ** 53 + 1), 2 ** 53 + 1.0, int(2.0 ** 53) + 1)
print(0.1 + 0.7, 0.3 - 0.1, 1.15 * 100, round(1.15 * 100), 4.35 * 100)
print(1 / 7, 22 / 7, 355 / 113, 1e22 / 7, 1 / 3 * 3)
print(123456789.123456789, 0.000001, 0.0000001, 1234567890123456789.0)
print(float.__name__, (3.7).__trunc__(), (3.7).__floor__(), (3.2).__ceil__(), (-3.7).__floor__(), (2.5).__round__())
print((1.5).hex(), (0.1).hex(), (-2.0).hex(), float.fromhex("-0x1.fp3"), float.fromhex("0x.8"))
print(5.0.is_integer(), (1e300 * 1e10).is_integer() if False else "skip", (7.5).as_integer_ratio(), (-0.25).as_integer_ratio())
total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, round(total, 10) == 1.0)
print(sum([1e100, 1.0, -1e100]), 1e100 + 1.0 - 1e100)
print(divmod(-7.5, 2), divmod(7.5, -2), divmod(1e10, 3), -5.0 % 3, 5.0 % -3, 0.0 % 5, -0.0 % 5)
