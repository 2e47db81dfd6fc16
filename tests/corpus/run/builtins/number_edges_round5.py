# Numeric edge cases: to_bytes of zero width, fromhex rounding, powers of -inf, round() with huge ndigits.
for v in [0, -1, False]:
    print(v.to_bytes(0, 'big', signed=True), end=' ')
print()
for v in [1, -2, 0]:
    try:
        print(v.to_bytes(0, 'little', signed=v != 0))
    except OverflowError as e:
        print("OverflowError:", e)
for h in ['0x1.00000000000018p0', '0x1.00000000000008p0', '0x3p-1076', '0x1p-1075', '0x1.8p-1074',
          '0x1.fffffffffffff8p1023', '0x1p-100000000000', '-0x1p1024', '0x1p+99999999999999999999']:
    try:
        print(h, float.fromhex(h))
    except (OverflowError, ValueError) as e:
        print(h, type(e).__name__ + ":", e)
for args in [(), ('1', '2')]:
    try:
        float.fromhex(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    float.fromhex(1)
except TypeError as e:
    print("TypeError:", e)
print(pow(float('-inf'), 0.5), float('-inf') ** 1.5, float('-inf') ** -0.5)
print(round(1.0, 2**70), round(1.5, -2**70), round(7, 2**70), round(123, -400), round(-5, -4000))
print(round(10**400 + 5 * 10**399, -400), round(10**30 + 5, -1), round(25, -1), round(35, -1))
try:
    (5).__round__(None)
except TypeError as e:
    print("TypeError:", e)
print((2.5).__round__(None), round(5, None))
print(format(-0.0 - 0.0j, 'z.1f'), format(complex(-0.0001, -0.0001), 'z.2f'), format(complex(-1, -0.0), 'z'))
for spec in ['.2147483648f', '9223372036854775808', '.9999999999']:
    for value in [1.0, 1j, 'a']:
        try:
            print(repr(format(value, spec)))
        except ValueError as e:
            print("ValueError:", e)
for fmt, arg in [('%.2147483648f', 1.0), ('%.2147483648s', 'a'), ('%9999999999999999999999d', 1), ('%.*f', (2**40, 1.0))]:
    try:
        print(fmt % arg)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
for value in [5, 2.5, True, 1j, 'x', [1], b'x']:
    try:
        value.__format__(None)
    except TypeError as e:
        print("TypeError:", e)
