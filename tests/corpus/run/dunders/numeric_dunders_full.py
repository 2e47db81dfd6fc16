# A numeric type implementing most numeric dunders, with int interop.
class Mod7:
    def __init__(self, v):
        self.v = v % 7
    def __repr__(self):
        return f"Mod7({self.v})"
    def _wrap(self, other):
        if isinstance(other, Mod7):
            return other.v
        if isinstance(other, int):
            return other
        return None
    def __add__(self, o):
        x = self._wrap(o)
        return NotImplemented if x is None else Mod7(self.v + x)
    __radd__ = __add__
    def __sub__(self, o):
        x = self._wrap(o)
        return NotImplemented if x is None else Mod7(self.v - x)
    def __rsub__(self, o):
        x = self._wrap(o)
        return NotImplemented if x is None else Mod7(x - self.v)
    def __mul__(self, o):
        x = self._wrap(o)
        return NotImplemented if x is None else Mod7(self.v * x)
    __rmul__ = __mul__
    def __pow__(self, e, mod=None):
        return Mod7(pow(self.v, e, 7))
    def __truediv__(self, o):
        x = self._wrap(o)
        return self * pow(x, -1, 7)
    def __divmod__(self, o):
        return ("divmod", self.v, o)
    def __rdivmod__(self, o):
        return ("rdivmod", o, self.v)
    def __eq__(self, o):
        x = self._wrap(o)
        return NotImplemented if x is None else self.v == x % 7
    def __hash__(self):
        return hash(self.v)
    def __int__(self):
        return self.v
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return self.v
    def __bool__(self):
        return self.v != 0
a, b = Mod7(3), Mod7(5)
print(a + b, a - b, 10 - a, a * b, 4 * a, a ** 6, a / b, b / 2)
print(divmod(a, 2), divmod(2, a), a == 10, 10 == a, a == Mod7(10), a != b, a == "x")
print(int(a), float(b), [0, 1, 2, 3, 4][a], bin(b), bool(Mod7(7)), hex(a))
print(sum([a, b, Mod7(6)]), sum([a, b], Mod7(0)), {a: "three"}[Mod7(10)])
try:
    a + 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
x = a
x += 5
x *= 2
print(x, a)
