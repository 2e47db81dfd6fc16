# dir() of enum classes and members: the metaclass's __dir__ is used for the class, members are hidden
# from a member's dir, methods and properties from the whole MRO are shown.
from enum import Enum, Flag
class Color(Enum):
    RED = 1
    GREEN = 2
    def describe(self): return 1
    @property
    def prop(self): return 2
    @classmethod
    def cm(cls): pass
class Sub(Color.__class__):
    pass
print(dir(Color.RED))
print(dir(Color))
class F(Flag):
    X = 1
print(dir(F), dir(F.X))
class WithNew(Enum):
    def __new__(cls, v):
        o = object.__new__(cls); o._value_ = v; return o
    A = 1
print(dir(WithNew))
c = Color.RED; c.extra = 1; print(dir(c))
class Meta(type):
    def __dir__(cls): return ['z', 'a']
class K(metaclass=Meta): pass
print(dir(K))
