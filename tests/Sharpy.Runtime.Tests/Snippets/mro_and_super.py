class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
try:
    class X(A, B): pass
except TypeError as e:
    print(e)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a, **k):
        obj = super().__call__(*a, **k)
        obj.made_by_meta = True
        return obj
class W(metaclass=Meta):
    def __init__(self, x): self.x = x
w = W(3)
print(W.tag, w.x, w.made_by_meta, type(W).__name__)
class Base:
    subs = []
    def __init_subclass__(cls, flag=False, **kw):
        super().__init_subclass__(**kw)
        Base.subs.append((cls.__name__, flag))
class S1(Base): pass
class S2(Base, flag=True): pass
print(Base.subs)
class Named:
    def __set_name__(self, owner, name): self.name = owner.__name__ + "." + name
class H:
    attr = Named()
print(H.attr.name)
