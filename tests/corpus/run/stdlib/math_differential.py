# Differential check of the math module against CPython 3.11: every function over ordinary values,
# huge ints, signed zeros, infinities, NaN, subnormals and exact boundary cases.
import math

INF = math.inf
NAN = math.nan
FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, 1e-20, -1e-20, 1e-300, 5e-324, -5e-324,
          2.2250738585072014e-308, 1e-8, 0.1, 0.7, 1.5, 3.0, 10.0, 30.0, 100.0, 710.0,
          -710.0, 1e16, 1e300, 1.7976931348623157e308, -1e300, INF, -INF, NAN, 2.5, -2.5, 171.5, -171.5]
INTS = [0, 1, -1, 2, 7, 10**20, -10**20, 2**53 + 1, 10**400, True]


def show(label, fn, *args):
    try:
        r = fn(*args)
    except Exception as e:
        print(label, args, type(e).__name__, e)
    else:
        print(label, args, repr(r))


ONE = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'ceil', 'cos', 'cosh', 'degrees',
       'erf', 'erfc', 'exp', 'exp2', 'expm1', 'fabs', 'floor', 'frexp', 'gamma', 'isfinite', 'isinf',
       'isnan', 'lgamma', 'log', 'log10', 'log1p', 'log2', 'modf', 'radians', 'sin', 'sinh', 'sqrt',
       'tan', 'tanh', 'trunc', 'ulp']
for name in ONE:
    f = getattr(math, name)
    for x in FLOATS:
        show(name, f, x)
    for x in INTS:
        show(name, f, x)

TWO = ['atan2', 'copysign', 'fmod', 'remainder', 'pow', 'nextafter', 'hypot', 'log']
PAIRS = [(1.0, 2.0), (-1.0, 2.0), (0.0, -0.0), (-0.0, 0.0), (0.0, 0.0), (2.0, 0.5), (-8.0, 1 / 3),
         (10.0, 3.0), (-10.0, 3.0), (5.5, 2.0), (-5.5, 2.0), (4.5, 1.0), (3.5, 1.0), (1e308, 1e-308),
         (1.0, INF), (INF, 1.0), (-INF, 3.0), (-INF, -3.0), (INF, INF), (-INF, INF), (NAN, 0.0),
         (1.0, NAN), (0.0, -1.0), (-0.0, -3.0), (2.0, 1e300), (0.5, -INF), (10, 2), (10**400, 10),
         (3e-324, 1.0), (1e308, 1e308), (1.0, 1.0), (1.0, 0.0)]
for name in TWO:
    f = getattr(math, name)
    for x, y in PAIRS:
        show(name, f, x, y)

for x, e in [(1.0, 1024), (1.0, -1074), (1.0, -1075), (1.5, -1074), (0.75, -1074), (1e308, 10),
             (INF, -5), (0.0, 10**30), (1.0, 10**30), (-1.0, -10**30), (3.0, 2.0)]:
    show('ldexp', math.ldexp, x, e)

# Integer functions, including huge values.
for n in [0, 1, 2, 3, 15, 16, 17, 24, 25, 2**52 - 1, 2**52, 2**53 + 1, 10**30, 2 * 10**57,
          10**100 + 1, (10**50 + 7)**2, (10**50 + 7)**2 - 1, -1, 1.0, True]:
    show('isqrt', math.isqrt, n)
r = math.isqrt(7**2001)
print('isqrt big ok', r * r <= 7**2001 < (r + 1) * (r + 1))
for n in [0, 1, 5, 20, 21, 25, -1, 1.0, 10**20]:
    show('factorial', math.factorial, n)
f = math.factorial(10000)
print('factorial(10000)', f.bit_length(), f % (10**9 + 7), f >> (f.bit_length() - 60))
for n, k in [(5, 2), (5, 0), (5, 5), (5, 6), (100, 50), (10**20, 3), (10**20, 10**20 - 2), (-1, 2),
             (3, -1), (1.0, 1), (0, 0)]:
    show('comb', math.comb, n, k)
    show('perm', math.perm, n, k)
show('perm', math.perm, 6)
show('perm', math.perm, 6, None)
for args in [(), (0,), (12, 18), (12, 18, 27), (-12, 18), (2**100, 2**80 * 3), (0, 0), (7, 0, 5)]:
    show('gcd', math.gcd, *args)
    show('lcm', math.lcm, *args)
show('gcd', math.gcd, 1.5)

# Huge-int logarithms and rounding.
for n in [10**1000, 2**5000, 3**3000 + 1, 10**308, 2**1023 * 3]:
    show('log', math.log, n)
    show('log2', math.log2, n)
    show('log10', math.log10, n)
show('log', math.log, 10**1000, 10)
show('log', math.log, 8, 2)
show('log', math.log, 2, 1)
show('log', math.log, -10**1000)
for x in [1e300, -1e300, 2.0**70 + 2**18, -0.5, 0.5, 1e16 + 1]:
    show('floor', math.floor, x)
    show('ceil', math.ceil, x)
    show('trunc', math.trunc, x)


class HasFloor:
    def __floor__(self):
        return 'floor!'

    def __ceil__(self):
        return 'ceil!'

    def __trunc__(self):
        return 'trunc!'


class FloatLike:
    def __float__(self):
        return 2.25


print(math.floor(HasFloor()), math.ceil(HasFloor()), math.trunc(HasFloor()))
print(math.floor(FloatLike()), math.sqrt(FloatLike()))
try:
    math.trunc(FloatLike())
except TypeError as e:
    print('trunc', e)
show('sqrt', math.sqrt, 'x')

# Sums and products.
for seq in [[0.1] * 10, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50], [1e308, 1e308],
            [INF, -INF], [INF, 1.0], [NAN, 1.0], [1.0, 2.0**-53, 2.0**-106], [2.0**53, 1.0, 2.0**-80],
            [], [-0.0], [1, 2, 3], [1e16, 1.0, 1e-16], [0.3, 0.3, 0.3, -0.9],
            [1.7976931348623157e308, -1e292, 1e292], [2.0**1023, 2.0**1023, -2.0**1023]]:
    show('fsum', math.fsum, seq)
show('fsum', math.fsum, [1, 'a'])
print(math.prod(range(1, 30)), math.prod([]), math.prod([2.5, 4]), math.prod([], start=7))
print(math.prod([[1]], start=3))
show('prod', math.prod, [1], 2)
for args in [(3.0, 4.0), (1e200, 1e200), (1e-200, 1e-200), (5e-324, 5e-324), (1.0, 2.0, 3.0, 4.0),
             (), (-3,), (INF, NAN), (NAN, 1.0), (1.7976931348623157e308, 1.7976931348623157e308),
             (0.1, 0.2, 0.3), (1, 10**20), (3e-310, 4e-310)]:
    show('hypot', math.hypot, *args)
for p, q in [((0, 0), (3, 4)), ([1.5, 2.5, 3.5], [0.5, -2.0, 9.0]), ((1e300, -1e300), (-1e300, 1e300)),
             ((1,), (1, 2)), ((), ())]:
    show('dist', math.dist, p, q)
for a, b, kw in [(1.0, 1.0 + 1e-10, {}), (1.0, 1.1, {}), (1.0, 1.1, {'rel_tol': 0.2}), (0.0, 1e-10, {}),
                 (0.0, 1e-10, {'abs_tol': 1e-9}), (INF, INF, {}), (INF, -INF, {}), (NAN, NAN, {}),
                 (1.0, 2.0, {'rel_tol': -1})]:
    try:
        print('isclose', a, b, kw, math.isclose(a, b, **kw))
    except ValueError as e:
        print('isclose', type(e).__name__, e)
print(math.pi, math.e, math.tau, math.inf, math.nan)
for bad in ['math.sqrt()', 'math.pow(1)', 'math.log()', 'math.perm()', 'math.comb(1)',
            'math.hypot(x=1)', 'math.ldexp(1.0, 2.0)', 'math.isclose(1, 2, 3)']:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, e)
