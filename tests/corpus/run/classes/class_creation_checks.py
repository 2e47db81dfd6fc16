# Class creation checks, __weakref__ slots, __class__ assignment layouts, property error names.
class A: pass
class S: __slots__ = ("x",)
class W: __slots__ = ("x", "__weakref__")
class I(int): pass
class E(Exception): pass
class Sub(A): pass
for c in [A, S, W, I, E, Sub]:
    print(c.__name__, "__weakref__" in c.__dict__, "__dict__" in c.__dict__, A().__weakref__ if c is A else "")
for bases in [(A, A), (1,), (A, 1), (int, str)]:
    try:
        type("X", bases, {})
    except TypeError as e:
        print("TypeError:", e)
class S2: __slots__ = ("x",)
class S3: __slots__ = ("y",)
class D1: pass
class D2: pass
s = S()
s.__class__ = S2
print(type(s).__name__)
for obj, cls in [(S(), S3), (S(), D1), (D1(), D2), (D1(), S)]:
    try:
        obj.__class__ = cls
        print("ok", type(obj).__name__)
    except TypeError as e:
        print("TypeError:", e)
class P:
    def _get(self): return 1
    x = property(_get)
    y = property()
    @property
    def z(self): return 3
for action in ["del p.x", "p.x = 2", "p.y", "p.z = 1", "del p.z"]:
    p = P()
    try:
        exec(action)
    except AttributeError as e:
        print("AttributeError:", e)
print(dict.fromkeys.__qualname__, [].append.__qualname__, I.from_bytes.__qualname__, (1).bit_length.__qualname__)
