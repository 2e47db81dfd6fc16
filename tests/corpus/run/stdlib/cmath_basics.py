import cmath
import math

values = [1 + 2j, -1 + 0j, -1 - 0j, 0.5 - 0.25j, 3j, -2.5, 2, 1e-300 + 1e-300j, 1e300 + 1e300j,
          -0.0 + 0j, 0.9 + 0.1j, 1 + 0j, -3 + 4j, 1e-10j]
funcs = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "sinh", "cosh", "tanh",
         "asin", "acos", "atan", "asinh", "acosh", "atanh"]
for name in funcs:
    f = getattr(cmath, name)
    out = []
    for z in values:
        try:
            out.append(repr(f(z)))
        except (ValueError, OverflowError) as e:
            out.append(f"{type(e).__name__}({e})")
    print(name, ", ".join(out))

# branch cuts: the sign of zero picks the side
print(cmath.sqrt(complex(-4, 0.0)), cmath.sqrt(complex(-4, -0.0)))
print(cmath.log(complex(-1, 0.0)), cmath.log(complex(-1, -0.0)))
print(cmath.asin(complex(2, 0.0)), cmath.asin(complex(2, -0.0)))
print(cmath.acos(complex(2, 0.0)), cmath.atanh(complex(2, 0.0)), cmath.atanh(complex(2, -0.0)))

# polar, rect, phase
for z in [1 + 1j, -1, -1j, complex(-1, -0.0), 3 + 4j, 0j]:
    r, phi = cmath.polar(z)
    print(z, cmath.phase(z), r, phi, cmath.rect(r, phi))
print(cmath.rect(2, math.pi / 2), cmath.rect(1, 0), cmath.rect(0, 1))
print(cmath.log(8, 2), cmath.log(100, 10), cmath.log(1j, 1j), cmath.exp(1j * math.pi))
print(cmath.pi == math.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.isfinite(1 + 1j), cmath.isinf(complex(math.inf, 0)), cmath.isnan(cmath.nanj))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(1, 1.05, rel_tol=0.1),
      cmath.isclose(0, 1e-12j, abs_tol=1e-9))

# quadratic solver, a typical use
def roots(a, b, c):
    d = cmath.sqrt(b * b - 4 * a * c)
    return (-b + d) / (2 * a), (-b - d) / (2 * a)

print(roots(1, 2, 5), roots(1, -3, 2), roots(2, 0, 8))

for bad in [lambda: cmath.log(0), lambda: cmath.atanh(1), lambda: cmath.exp(1000),
            lambda: cmath.cosh(1000 + 1j), lambda: cmath.sqrt("x"), lambda: cmath.log(1, 1),
            lambda: cmath.isclose(1, 2, rel_tol=-1), lambda: cmath.sqrt(1, 2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)


class C:
    def __complex__(self):
        return 3 + 4j

class F:
    def __float__(self):
        return 16.0

print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.phase(C()), cmath.polar(F()))
