# Class patterns with inherited/overridden __match_args__, builtin subclasses and isinstance semantics.
class Shape:
    __match_args__ = ("name",)
    def __init__(self, name):
        self.name = name
class Rect(Shape):
    __match_args__ = ("w", "h")
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class Named(Shape):
    pass
def describe(obj):
    match obj:
        case Square(w, h):
            return f"square {w}x{h} (inherited __match_args__)"
        case Rect(w, h) if w > h:
            return f"wide rect {w}x{h}"
        case Rect(w, h=height):
            return f"rect {w}x{height}"
        case Named(n):
            return f"named shape {n}"
        case Shape(name="circle"):
            return "a circle"
        case _:
            return "unknown"
for o in [Square(2), Rect(5, 2), Rect(1, 3), Named("blob"), Shape("circle"), Shape("x"), 5]:
    print(describe(o))
class MyInt(int):
    pass
class MyStr(str):
    __match_args__ = ("upper_form",)
    @property
    def upper_form(self):
        return self.upper()
for v in [MyInt(5), 5, True, MyStr("hi"), "hi"]:
    match v:
        case bool(b):
            print(repr(v), "bool", b)
        case MyInt(n):
            print(repr(v), "MyInt self-match?", n)
        case int(n):
            print(repr(v), "int", n)
        case MyStr(u):
            print(repr(v), "MyStr via __match_args__", u)
        case str(s):
            print(repr(v), "str", s)
