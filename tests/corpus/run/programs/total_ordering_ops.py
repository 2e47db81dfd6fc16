"""Operator overloading: Vector, Money with functools.total_ordering, reflected ops."""
from functools import total_ordering
import math

class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"
    def __add__(self, o):
        if not isinstance(o, Vector):
            return NotImplemented
        return Vector(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return self + (-o)
    def __neg__(self):
        return Vector(-self.x, -self.y)
    def __mul__(self, k):
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        if isinstance(k, (int, float)):
            return Vector(self.x * k, self.y * k)
        return NotImplemented
    __rmul__ = __mul__
    def __matmul__(self, o):
        return self.x * o.y - self.y * o.x
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __bool__(self):
        return bool(self.x or self.y)
    def __eq__(self, o):
        return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __format__(self, spec):
        return f"<{format(self.x, spec)}, {format(self.y, spec)}>"

v, w = Vector(3, 4), Vector(1, -2)
print(v + w, v - w, v * 2, 3 * v, v * w, v @ w, abs(v), bool(Vector(0, 0)))
print(f"{v:.2f}", f"{w:>4}", list(v), v[1], v[-1], {v, Vector(3, 4)})
x, y = w
print(x, y, sum([v, w], Vector(0, 0)))
for expr in ("v + 1", "v * 'a'", "1 - v", "v < w", "v[5]"):
    try:
        eval(expr)
    except (TypeError, IndexError) as e:
        print(f"{expr}: {type(e).__name__}: {e}")
v2 = v
v2 += w
print(v, v2, v is v2)

@total_ordering
class Money:
    def __init__(self, cents, cur="USD"):
        self.cents, self.cur = cents, cur
    def _check(self, o):
        if not isinstance(o, Money):
            return False
        if o.cur != self.cur:
            raise ValueError(f"currency mismatch: {self.cur} vs {o.cur}")
        return True
    def __eq__(self, o):
        return self._check(o) and self.cents == o.cents if isinstance(o, Money) else NotImplemented
    def __lt__(self, o):
        if not isinstance(o, Money):
            return NotImplemented
        self._check(o)
        return self.cents < o.cents
    def __hash__(self):
        return hash((self.cents, self.cur))
    def __repr__(self):
        return f"{self.cur} {self.cents // 100}.{self.cents % 100:02d}"
    def __radd__(self, o):
        return self if o == 0 else NotImplemented
    def __add__(self, o):
        self._check(o)
        return Money(self.cents + o.cents, self.cur)

ms = [Money(500), Money(199), Money(1000), Money(199)]
print(sorted(ms), max(ms), min(ms), sum(ms))
print(Money(1) <= Money(1), Money(2) >= Money(3), Money(2) > Money(1), Money(1) != Money(1))
print(Money(1) == 1, sorted(set(ms), key=lambda m: m.cents))
try:
    Money(1) < 5
except TypeError as e:
    print("TypeError:", e)
try:
    Money(1, "EUR") >= Money(1)
except ValueError as e:
    print("ValueError:", e)
try:
    Money(1) + 2
except AttributeError as e:
    print("AttributeError:", e)
print(Money.__le__.__name__, Money.__gt__ is not object.__gt__)
