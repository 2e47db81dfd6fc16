# Interpreter fast paths (exact int/float arithmetic, comparisons, subscripts) must agree with the
# full protocol at every boundary: overflow past 64 bits, long.MinValue, NaN, infinities, big ints.

vals = [0, 1, -1, 2, -3, 7, -7, 255, 256, -5, -6, 2**31, -2**31, 2**62, -2**62, 2**63-1, -2**63, 0.0, -0.0, 1.5, -2.5, 1e308, float('inf'), float('nan'), 3, 10**20, True, False]
for a, b in [(p, q) for p in vals for q in vals]:
    out = []
    for name, f in (('+', lambda: a + b), ('-', lambda: a - b), ('*', lambda: a * b), ('/', lambda: a / b), ('//', lambda: a // b), ('%', lambda: a % b)):
        try: out.append(repr(f()))
        except Exception as e: out.append(type(e).__name__)
    for name, f in (('<', lambda: a < b), ('<=', lambda: a <= b), ('==', lambda: a == b), ('!=', lambda: a != b), ('>', lambda: a > b), ('>=', lambda: a >= b)):
        out.append(repr(f()))
    x = a; x += b; out.append(repr(x))
    print(repr(a), repr(b), ' '.join(out))
for a in (2.0, 0.5, 1e10, 1e300, 3.0):
    for b in (2.0, -1.5, 0.5, 100.0, 1e5, -1e5, 2, 0):
        try: print(a, b, repr(a ** b))
        except Exception as e: print(a, b, type(e).__name__, e)
l = [1, 2, 3]; t = (4, 5, 6)
for i in (0, 2, -1, -3, 3, -4, True):
    for c in (l, t):
        try: print(c[i])
        except IndexError as e: print(e)
