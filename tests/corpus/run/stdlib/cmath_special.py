import cmath, math
INF = math.inf
vals = [-INF, -2.5, -1.0, -0.0, 0.0, 0.3, 1.0, 2.5, 1e300, INF, math.nan]
for name in ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh', 'asin', 'acos', 'atan', 'asinh', 'acosh', 'atanh']:
    f = getattr(cmath, name)
    out = []
    for re in vals:
        for im in vals:
            try:
                out.append(repr(f(complex(re, im))))
            except (ValueError, OverflowError) as e:
                out.append(type(e).__name__)
    print(name, ' '.join(out))
for r in [0.0, 1.0, -2.0, INF, -INF, math.nan]:
    for p in [0.0, -0.0, 1.0, INF, math.nan]:
        try: print('rect', r, p, cmath.rect(r, p))
        except ValueError as e: print('rect', r, p, e)
print(cmath.polar(complex(INF, math.nan)), cmath.phase(complex(-0.0, -0.0)), abs(complex(INF, math.nan)))
