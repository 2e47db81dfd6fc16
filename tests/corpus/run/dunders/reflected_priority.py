# Subclass operands get the first chance: reflected arithmetic and comparisons.
class Base:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print(f"{type(self).__name__}.__add__")
        return "Base.add"
    def __radd__(self, other):
        print(f"{type(self).__name__}.__radd__")
        return "Base.radd"
    def __eq__(self, other):
        print(f"{type(self).__name__}.__eq__")
        return NotImplemented
    def __lt__(self, other):
        print(f"{type(self).__name__}.__lt__")
        return NotImplemented
    def __gt__(self, other):
        print(f"{type(self).__name__}.__gt__")
        return NotImplemented
class Derived(Base):
    def __radd__(self, other):
        print("Derived.__radd__ (overridden)")
        return "Derived.radd"
    def __eq__(self, other):
        print("Derived.__eq__ (overridden)")
        return NotImplemented
    def __gt__(self, other):
        print("Derived.__gt__ (overridden)")
        return "gt result"
class DerivedNoOverride(Base):
    pass
b, d, n = Base(1), Derived(2), DerivedNoOverride(3)
print(b + d)
print(b + n)
print(b == d)
print(b < d)
print(b == b)
class MyInt(int):
    def __radd__(self, other):
        return f"MyInt.__radd__({other})"
    def __rsub__(self, other):
        return NotImplemented
print(1 + MyInt(5), MyInt(5) + 1, 2 - MyInt(1))
class MyFloat(float):
    def __rmul__(self, other):
        return "MyFloat rmul"
print(2 * MyFloat(1.5), 2.0 * MyFloat(1.5), MyFloat(1.5) * 2)
class StrSub(str):
    def __radd__(self, other):
        return "StrSub radd"
print("a" + StrSub("b"), StrSub("b") + "a")
try:
    print(b < 1)
except TypeError as e:
    print("TypeError:", e)
