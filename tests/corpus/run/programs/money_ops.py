from functools import total_ordering
from decimal import Decimal
import operator


class CurrencyMismatch(TypeError):
    pass


@total_ordering
class Money:
    __slots__ = ("amount", "currency")

    def __init__(self, amount, currency="USD"):
        object.__setattr__(self, "amount", Decimal(str(amount)).quantize(Decimal("0.01")))
        object.__setattr__(self, "currency", currency)

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is immutable")

    def _coerce(self, other):
        if isinstance(other, Money):
            if other.currency != self.currency:
                raise CurrencyMismatch(f"{self.currency} vs {other.currency}")
            return other.amount
        if isinstance(other, (int, Decimal)):
            return Decimal(other)
        return NotImplemented

    def __add__(self, other):
        amt = self._coerce(other)
        if amt is NotImplemented:
            return NotImplemented
        return Money(self.amount + amt, self.currency)

    __radd__ = __add__

    def __sub__(self, other):
        amt = self._coerce(other)
        if amt is NotImplemented:
            return NotImplemented
        return Money(self.amount - amt, self.currency)

    def __rsub__(self, other):
        return (-self) + other

    def __mul__(self, k):
        if isinstance(k, Money):
            return NotImplemented
        return Money(self.amount * Decimal(str(k)), self.currency)

    __rmul__ = __mul__

    def __truediv__(self, k):
        if isinstance(k, Money):
            return self.amount / self._coerce(k)
        return Money(self.amount / Decimal(str(k)), self.currency)

    def __floordiv__(self, k):
        return Money(self.amount // Decimal(k), self.currency)

    def __neg__(self):
        return Money(-self.amount, self.currency)

    def __pos__(self):
        return self

    def __abs__(self):
        return Money(abs(self.amount), self.currency)

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.amount, self.currency) == (other.amount, other.currency)

    def __lt__(self, other):
        return self.amount < self._coerce(other)

    def __hash__(self):
        return hash((self.amount, self.currency))

    def __bool__(self):
        return self.amount != 0

    def __round__(self, n=0):
        return Money(round(self.amount, n), self.currency)

    def __repr__(self):
        return f"Money('{self.amount}', {self.currency!r})"

    def __str__(self):
        sign = "-" if self.amount < 0 else ""
        return f"{sign}{'$' if self.currency == 'USD' else self.currency + ' '}{abs(self.amount):,}"

    def __format__(self, spec):
        if spec.endswith("m"):
            width = spec[:-1]
            return format(str(self), f">{width}" if width else "")
        return format(self.amount, spec)

    def split(self, n):
        base = Money(self.amount / n // Decimal("0.01") * Decimal("0.01"), self.currency)
        remainder = self - base * n
        cents = int(remainder.amount * 100)
        return [base + Decimal("0.01") if i < cents else base for i in range(n)]


a = Money(10.10)
b = Money("5.255")
print(a, b, repr(b), a + b, a - b, b - a, -a, +a, abs(-a))
print(a * 3, 3 * a, a / 4, a / b, a // 3, round(Money("2.49"), 0), round(Money("2.51")))
print(sum([a, b, Money(1)]), sum([], Money(0)), 5 + a, 20 - a)
print(a > b, a <= b, a == Money("10.1"), a != b, max(a, b), sorted([a, b, Money(7)]))
print(bool(Money(0)), bool(a), {a: 1, Money("10.10"): 2}, len({a, Money("10.1")}))
print(f"{a:m}|{a:12m}|{b:.1f}|{Money(1234567.891):m}|{Money(-42, 'EUR'):m}")
print(Money(100).split(3), Money("0.05").split(2))
for expr in [lambda: a + Money(1, "EUR"), lambda: a * a, lambda: a + "x", lambda: setattr(a, "amount", 1), lambda: a + 1.5]:
    try:
        print(expr())
    except TypeError as e:
        print(f"{type(e).__name__}: {e}")
    except AttributeError as e:
        print(f"AttributeError: {e}")
print(operator.add(a, b), operator.lt(b, a), operator.neg(b), operator.index(7))
print(issubclass(CurrencyMismatch, TypeError), Money.__lt__ is not Money.__gt__, Money.__ge__.__name__)


class Celsius:
    def __init__(self, deg):
        self.deg = deg

    def __eq__(self, other):
        print(f"  Celsius.__eq__({self.deg}, {other!r})")
        if isinstance(other, Celsius):
            return self.deg == other.deg
        return NotImplemented

    def __repr__(self):
        return f"C({self.deg})"


class Fahrenheit:
    def __init__(self, deg):
        self.deg = deg

    def __eq__(self, other):
        print(f"  Fahrenheit.__eq__({self.deg}, {other!r})")
        if isinstance(other, Celsius):
            return abs((self.deg - 32) * 5 / 9 - other.deg) < 1e-9
        return NotImplemented

    def __repr__(self):
        return f"F({self.deg})"


print(Celsius(100) == Fahrenheit(212))
print(Celsius(1) == 1)
print(Celsius(0) != Fahrenheit(32))
print([Celsius(5)].count(Celsius(5)), Celsius(3) in [1, Celsius(3)])


class Vec(tuple):
    def __new__(cls, *xs):
        return super().__new__(cls, xs)

    def __add__(self, other):
        return Vec(*(a + b for a, b in zip(self, other)))

    def __iadd__(self, other):
        print("  (iadd not really in place)")
        return self + other


v = Vec(1, 2)
v2 = v
v += Vec(10, 20)
print(v, v2, type(v).__name__, v == (11, 22), isinstance(v, tuple))
