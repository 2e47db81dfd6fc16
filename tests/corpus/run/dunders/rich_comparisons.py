# Rich comparison dunders, reflection, and total ordering by hand.
class Ver:
    def __init__(self, *parts):
        self.parts = parts
    def __repr__(self):
        return "Ver" + repr(self.parts)
    def __eq__(self, other):
        print("__eq__", self, other)
        if not isinstance(other, Ver):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        print("__lt__", self, other)
        if not isinstance(other, Ver):
            return NotImplemented
        return self.parts < other.parts
    def __le__(self, other):
        return self == other or self < other
    def __gt__(self, other):
        print("__gt__", self, other)
        if not isinstance(other, Ver):
            return NotImplemented
        return self.parts > other.parts
    __hash__ = None
a, b = Ver(1, 2), Ver(1, 3)
print(a < b)
print(a > b)
print(a == Ver(1, 2))
print(a != b)
print(a == 5)
print(a <= b)
try:
    a < 5
except TypeError as e:
    print("TypeError:", e)
try:
    5 >= a
except TypeError as e:
    print("TypeError:", e)
print(sorted([Ver(2), Ver(1, 5), Ver(1)]))
class Always:
    def __eq__(self, other):
        return True
    def __ne__(self, other):
        return "custom ne"
print(Always() == 3, 3 == Always(), Always() != 1, [Always()] == [1, ][:1])
class NoEq:
    pass
n = NoEq()
print(n == n, n != n, n == NoEq(), n in [n])
class Weird:
    def __lt__(self, other):
        return "truthy string"
print(Weird() < 1, 1 > Weird())
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
