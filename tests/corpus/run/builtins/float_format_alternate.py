# The alternate form '#' of float formats keeps the decimal point, also in exponent notation, and a
# precision-only spec switches to exponent notation for zero as for other values.
for spec in ['#', '.0e', '#.0e', '#.0', '.0', '.1', '.2', '#g', '#.0g', '#.3g', '#.0f', '#10.0%']:
    for v in [1234.5678, -0.0, 0.0, 1e100, 0.5, 100.0, 1e16, 1.0, -1e-10]:
        print(spec, repr(v), repr(format(v, spec)))
print(repr(format(True, 'd')))
for call in [lambda: format(True, 's'), lambda: format(7, 's')]:
    try:
        call()
    except ValueError as e:
        print(e)
