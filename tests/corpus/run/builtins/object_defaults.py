# Default behaviour inherited from object: ==, !=, <, hash, str/repr delegation, __class__.
class P:
    pass
a, b = P(), P()
print(a == a, a == b, a != b, a != a, a.__eq__(b), a.__ne__(a), a.__lt__(b))
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
print(hash(a) == hash(a), type(hash(a)).__name__, a.__hash__ is not None)
print(str(a) == repr(a), format(a, "") == str(a))
print(object.__name__, P.__base__ is object, P.__mro__, a.__class__ is P)
print(sorted(n for n in ("__eq__", "__hash__", "__repr__", "__str__", "__init__", "__new__") if hasattr(object, n)))
class EqOnly:
    def __eq__(self, other):
        return "custom"
e = EqOnly()
print(e == 1, e != 1, e.__ne__(1), 1 != e)
class NeOnly:
    def __ne__(self, other):
        return "ne-custom"
n = NeOnly()
print(n == n, n != n, n == NeOnly())
o = object()
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(o, object), type(o).__name__, o.__class__.__name__)
try:
    object.__init__(o, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    P(1)
except TypeError as e:
    print("TypeError:", e)
print(P.__dict__["__module__"], "__dict__" in P.__dict__, "__weakref__" in P.__dict__, P.__doc__)
print(object.__subclasshook__() is NotImplemented, P.__init__ is object.__init__, P.__new__ is object.__new__)
