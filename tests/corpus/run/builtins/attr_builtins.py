# getattr, setattr, hasattr, delattr, vars, dir (filtered).
class Obj:
    cls_attr = "class level"
    def __init__(self):
        self.a = 1
o = Obj()
print(getattr(o, "a"), getattr(o, "cls_attr"), getattr(o, "missing", "default"))
setattr(o, "b", 2)
print(o.b, hasattr(o, "b"), hasattr(o, "c"))
delattr(o, "b")
print(hasattr(o, "b"), vars(o))
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    delattr(o, "nothing")
except AttributeError as e:
    print("AttributeError:", e)
print([n for n in dir(o) if not n.startswith("__")])
print("upper" in dir("s"), "append" in dir([]), "__add__" in dir(1))
setattr(Obj, "added", lambda self: "method added later")
print(o.added())
class Raises:
    @property
    def boom(self):
        raise ValueError("not attribute error")
try:
    hasattr(Raises(), "boom")
except ValueError as e:
    print("hasattr propagates:", e)
print(getattr(1, "real"), getattr("abc", "upper")(), getattr([], "__len__")())
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(object(), "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
