# Class patterns with __match_args__, keyword patterns, builtin self-matching.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center, self.r = center, r
def where(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x=x, y=0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Circle(Point(x=cx, y=cy), r=radius):
            return f"circle at ({cx},{cy}) r={radius}"
        case Point():
            return "some point"
        case int(n) | float(n):
            return f"number {n}"
        case str(s):
            return f"string {s!r}"
        case list([*items]):
            return f"list of {len(items)}"
        case dict(d):
            return f"dict {d}"
        case _:
            return "unknown"
for o in [Point(0, 0), Point(0, 5), Point(7, 0), Point(3, 3), Point(1, 2), Circle(Point(1, 1), 9),
          4, 2.5, "hi", [1, 2, 3], {"k": 1}, None]:
    print(where(o))
class TooMany:
    __match_args__ = ("a",)
    a = 1
try:
    match TooMany():
        case TooMany(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
not_a_class = 5
try:
    match 5:
        case not_a_class.real(): 
            pass
except TypeError as e:
    print("TypeError:", e)
class Attr:
    def __init__(self):
        self.present = 1
match Attr():
    case Attr(missing=1):
        print("no")
    case Attr(present=p):
        print("keyword pattern present", p)
class BadArgs:
    __match_args__ = ["x"]
    x = 3
try:
    match BadArgs():
        case BadArgs(x):
            pass
except TypeError as e:
    print("TypeError:", e)
