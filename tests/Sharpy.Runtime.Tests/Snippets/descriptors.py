class P:
    def __init__(self): self._x = 0
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v * 2
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def s(a, b): return a + b
p = P.make()
p.x = 5
print(p.x, P.s(1, 2), p.s(3, 4))
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)
class D:
    def __get__(self, obj, owner): return ("get", obj is None, owner.__name__)
    def __set__(self, obj, v): obj.__dict__["d"] = ("set", v)
class O:
    d = D()
o = O()
print(O.d, o.d)
o.d = 1
print(o.__dict__, o.d)
class Sl:
    __slots__ = ("a", "b")
s = Sl(); s.a = 1
print(s.a, hasattr(s, "b"))
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
class G:
    def __getattr__(self, n): return n.upper()
print(G().hello, getattr(G(), "x", None))
