"""Polynomial arithmetic with Fractions: add/mul/divmod, gcd, derivative, roots via Newton, pretty printing."""
from fractions import Fraction
from itertools import zip_longest


class Poly:
    def __init__(self, coeffs):
        c = [Fraction(x) for x in coeffs]
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c or [Fraction(0)]

    @classmethod
    def x(cls):
        return cls([0, 1])

    @property
    def degree(self):
        return -1 if self.c == [0] else len(self.c) - 1

    def __add__(self, o):
        o = o if isinstance(o, Poly) else Poly([o])
        return Poly([a + b for a, b in zip_longest(self.c, o.c, fillvalue=0)])

    __radd__ = __add__

    def __neg__(self):
        return Poly([-a for a in self.c])

    def __sub__(self, o):
        return self + (-(o if isinstance(o, Poly) else Poly([o])))

    def __rsub__(self, o):
        return Poly([o]) - self

    def __mul__(self, o):
        o = o if isinstance(o, Poly) else Poly([o])
        out = [Fraction(0)] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(out)

    __rmul__ = __mul__

    def __pow__(self, n):
        r = Poly([1])
        for _ in range(n):
            r = r * self
        return r

    def __divmod__(self, d):
        if d.degree < 0:
            raise ZeroDivisionError("polynomial division by zero")
        q = [Fraction(0)] * max(1, len(self.c) - len(d.c) + 1)
        r = list(self.c)
        while len(r) >= len(d.c) and any(r):
            k = len(r) - len(d.c)
            f = r[-1] / d.c[-1]
            q[k] = f
            for i, b in enumerate(d.c):
                r[i + k] -= f * b
            r.pop()
        return Poly(q), Poly(r or [0])

    def __floordiv__(self, d):
        return divmod(self, d)[0]

    def __mod__(self, d):
        return divmod(self, d)[1]

    def __eq__(self, o):
        return isinstance(o, Poly) and self.c == o.c

    def __call__(self, x):
        acc = 0
        for a in reversed(self.c):
            acc = acc * x + a
        return acc

    def deriv(self):
        return Poly([i * a for i, a in enumerate(self.c)][1:] or [0])

    def monic(self):
        return Poly([a / self.c[-1] for a in self.c])

    def __repr__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and self.degree >= 0:
                continue
            sign = "-" if a < 0 else "+"
            mag = abs(a)
            coef = "" if mag == 1 and i else str(mag)
            var = "" if i == 0 else "x" if i == 1 else f"x^{i}"
            terms.append((sign, coef + var))
        if not terms:
            return "0"
        s = ("-" if terms[0][0] == "-" else "") + terms[0][1]
        return s + "".join(f" {sg} {t}" for sg, t in terms[1:])


def pgcd(a, b):
    while b.degree >= 0:
        a, b = b, a % b
    return a.monic()


x = Poly.x()
p = (x - 1) * (x + 2) * (x - Fraction(1, 3))
q = (x - 1) * (x ** 2 + 1)
print("p =", p)
print("q =", q)
print("p + q =", p + q, "| p - p =", p - p, "| 3 - x =", 3 - x)
print("p * q =", p * q)
qq, rr = divmod(p * q + x, q)
print("divmod:", qq, "|", rr)
print("gcd:", pgcd(p, q), "| deg", p.degree, (p - p).degree)
print("p'(x) =", p.deriv(), " p''(x) =", p.deriv().deriv())
print([p(v) for v in (0, 1, -2, Fraction(1, 3), 2)])


def newton_roots(poly, guesses, steps=50):
    d = poly.deriv()
    roots = []
    for g in guesses:
        r = float(g)
        for _ in range(steps):
            dv = float(d(r))
            if dv == 0:
                break
            r -= float(poly(r)) / dv
        roots.append(round(r, 10))
    return sorted(set(roots))


print(newton_roots(p, [-5, 0.1, 5]))
cheb = [Poly([1]), x]
for n in range(2, 7):
    cheb.append(2 * x * cheb[-1] - cheb[-2])
for n, t in enumerate(cheb):
    print(f"T{n} = {t}")
print((x + 1) ** 6)
try:
    divmod(p, Poly([0]))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(Poly([Fraction(1, 2), 0, Fraction(-3, 4)]), Poly([0]), Poly([0, 0, 5]), Poly([-1]))
