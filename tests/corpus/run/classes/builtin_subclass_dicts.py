# Instances of subclasses of builtin types keep __dict__ and __slots__ outside the object (side state).
class MyInt(int):
    pass
a = MyInt(5); a.x = 3; print(a, a.x, a.__dict__, vars(a))
class L(list):
    __slots__ = ('p',)
l = L([1,2]); l.p = 9; print(l, l.p)
try: l.q = 1
except AttributeError as e: print(e)
import enum
class Color(enum.IntEnum):
    RED = 1
    GREEN = 2
print(Color.RED, Color.RED.name, Color.GREEN.value, Color(2), repr(Color.RED), Color.RED + 1)
class E(Exception):
    def __init__(self, c): super().__init__(c); self.code = c
try: raise E(4)
except E as e: print(e.code, e.__dict__)
def f(): pass
f.attr = 1; print(f.__dict__)
class A: pass
class B: pass
x = MyInt(3); x.y = 1
class MyInt2(int): pass
try: (5).x = 1
except AttributeError as e: print(e)
class S(str): pass
s = S("hi"); print(hasattr(s, '__dict__'), s.__dict__); s.k = 2; print(s.k)
class F(float):
    pass
fl = F(1.5); fl.unit = "m"; print(fl, fl.unit, fl * 2, vars(fl))
class D(dict):
    pass
d = D(a=1); d.meta = 2; print(d, d.meta, d.__dict__)
class T(tuple):
    __slots__ = ()
t = T((1, 2))
try: t.x = 1
except AttributeError as e: print(e)
class Base: pass
class Other: pass
o = Base(); o.v = 1; o.__class__ = Other; print(type(o).__name__, o.v)
