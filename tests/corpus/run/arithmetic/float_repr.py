# repr/str of floats uses the shortest round-tripping representation.
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0,
        1e-4, 1e-5, 0.00001234, 1.5e300, 5e-324, 1.7976931348623157e308, 3.14159,
        100.0, 1e22, 1e23, 12345.678, 0.1 + 0.2, 2.5, 1e100, 9007199254740993.0]
for v in vals:
    print(repr(v), str(v), v)
print(float("inf"), float("-inf"), float("nan"))
print(repr(float("inf")), repr(float("-Infinity")), repr(float("NaN")))
print(float("  1.5  "), float("1_000.5"), float("-1e3"), float(".5"), float("5."))
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1)
inf = float("inf")
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf)
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(1234.5678, -2), round(1234.5678, 1), round(15, -1), round(25, -1), round(-25, -1))
print(int(2.5e10), float(10 ** 20), float(2 ** 63))
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (2.5).is_integer(), (2.0).is_integer())
print(1.0.hex(), float.fromhex("0x1.8p1"))
print(3.0 == 3, 3.5 > 3, -0.0 == 0.0)
