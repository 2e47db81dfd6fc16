"""Operator overloading: Vector, Money with Decimal, reflected ops, NotImplemented, in-place ops."""
import math
from decimal import Decimal, ROUND_HALF_EVEN, getcontext
from fractions import Fraction
from numbers import Number


class Vector:
    __slots__ = ("_c",)

    def __init__(self, *components):
        self._c = tuple(components)

    def __len__(self):
        return len(self._c)

    def __iter__(self):
        return iter(self._c)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(*self._c[i])
        return self._c[i]

    def __repr__(self):
        return f"Vector{self._c!r}"

    def __str__(self):
        return "<" + ", ".join(f"{x:g}" for x in self._c) + ">"

    def __eq__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return self._c == other._c

    def __hash__(self):
        return hash(self._c)

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        if len(self) != len(other):
            raise ValueError("dimension mismatch")
        return Vector(*(a + b for a, b in zip(self, other)))

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return Vector(*(-x for x in self))

    def __pos__(self):
        return self

    def __abs__(self):
        return math.hypot(*self._c)

    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, k))
        if isinstance(k, Number):
            return Vector(*(x * k for x in self))
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vector(*(x / k for x in self))

    def __matmul__(self, other):
        a, b = self, other
        if len(a) != 3:
            raise ValueError("cross product needs 3D")
        return Vector(a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])

    def __bool__(self):
        return any(self._c)

    def __format__(self, spec):
        if spec.endswith("p"):
            r = abs(self)
            theta = math.degrees(math.atan2(self[1], self[0]))
            return f"({format(r, spec[:-1])}, {format(theta, spec[:-1])}°)"
        return "(" + ", ".join(format(x, spec) for x in self) + ")"


v, w = Vector(3, 4), Vector(1, -2)
print(v + w, v - w, v * 2, 3 * v, v * w, abs(v), -v, +v)
print(repr(v / 2), v[0], v[::-1], len(v), list(v))
print(bool(Vector(0, 0)), bool(v), v == Vector(3, 4), v != w, v == (3, 4))
print(f"{v:.2f} {v:.3p} {Vector(1, 1):.1p}")
print(Vector(1, 0, 0) @ Vector(0, 1, 0))
print({v: "a", Vector(3, 4): "b"})
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
try:
    v * "s"
except TypeError as e:
    print("TypeError:", e)
try:
    Vector(1, 2) + Vector(1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    v.x = 5
except AttributeError as e:
    print("AttributeError:", e)
acc = Vector(0, 0)
for i in range(5):
    acc += Vector(i, i * i)
print("acc:", acc)


class Money:
    getcontext().prec = 28
    CENT = Decimal("0.01")

    def __init__(self, amount, currency="USD"):
        self.amount = Decimal(str(amount)).quantize(self.CENT, rounding=ROUND_HALF_EVEN)
        self.currency = currency

    def _coerce(self, other):
        if isinstance(other, Money):
            if other.currency != self.currency:
                raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
            return other.amount
        if isinstance(other, (int, Decimal)):
            return Decimal(other)
        return NotImplemented

    def __add__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is NotImplemented else Money(self.amount + o, self.currency)

    __radd__ = __add__

    def __sub__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is NotImplemented else Money(self.amount - o, self.currency)

    def __mul__(self, k):
        if isinstance(k, (int, Decimal)):
            return Money(self.amount * k, self.currency)
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, n):
        return Money(self.amount / n, self.currency)

    def __lt__(self, other):
        return self.amount < self._coerce(other)

    def __eq__(self, other):
        return isinstance(other, Money) and (self.amount, self.currency) == (other.amount, other.currency)

    def __hash__(self):
        return hash((self.amount, self.currency))

    def split(self, n):
        base = (self.amount / n).quantize(self.CENT, rounding="ROUND_DOWN")
        parts = [base] * n
        rem = int((self.amount - base * n) / self.CENT)
        for i in range(rem):
            parts[i] += self.CENT
        return [Money(p, self.currency) for p in parts]

    def __repr__(self):
        return f"Money('{self.amount}', '{self.currency}')"

    def __str__(self):
        sign = "-" if self.amount < 0 else ""
        return f"{sign}${abs(self.amount):,.2f}"


prices = [Money("19.99"), Money("5.01"), Money("0.125"), Money("0.135"), Money(1000000)]
print(prices)
print(sum(prices, Money(0)), sum(prices))
print(Money("10") * 3, 2 * Money("0.333"), Money("100") / 3, Money(5) - 7)
print([str(p) for p in Money("100").split(3)], sum(Money("100").split(3)))
print(sorted(prices), max(prices), Money(1) == Money("1.00"), len({Money(1), Money("1.0")}))
try:
    Money(1) + Money(1, "EUR")
except ValueError as e:
    print("ValueError:", e)
try:
    Money(1) * 1.5
except TypeError as e:
    print("TypeError:", e)
print(Decimal("1.1") + Decimal("2.2"), Decimal("1") / Decimal("7"), Decimal("2").sqrt())
print(Decimal("123.456").quantize(Decimal("1.0")), round(Decimal("2.5")), round(Decimal("3.5")), Decimal("-0"))
print(Decimal(0.1), Decimal("1e3") + 0, Decimal("3.14159").as_tuple())
print(Fraction(3, 4) + Fraction(1, 6), Fraction("0.125"), Fraction(1.5), Fraction(7, 3).limit_denominator(2))
print(Fraction(1, 3) * 3 == 1, float(Fraction(1, 3)), Fraction(-7, 2) // 1, Fraction(5, 3) % 1, Fraction(2, 3) ** 2)
print(math.floor(Fraction(-7, 2)), round(Fraction(5, 2)), round(Fraction(7, 2)), Fraction(10, 4).numerator)
