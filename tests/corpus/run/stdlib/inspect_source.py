import inspect
import dataclasses

def one(): return 1

def multi(a,
          b=(1, 2),
          *rest):
    s = """triple
not a dedent"""
    if a:
        return b
    # trailing comment inside

    return rest
# comment after

square = lambda x: x * x

def outer_fn():
    def inner_fn(y):
        return y + 1
    return inner_fn

@dataclasses.dataclass
class Point:
    x: int
    y: int = 0

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

class Outer:
    class Inner:
        def method(self):
            return "inner"

def cont(a, b):
    total = a + \
        b
    return total

for obj in (one, multi, square, outer_fn(), Point, Point.norm, Outer.Inner, Outer.Inner.method, cont):
    lines, start = inspect.getsourcelines(obj)
    print(start, len(lines))
    print(inspect.getsource(obj), end="")
    print("-----")
print(inspect.signature(Point.norm))
print(inspect.getattr_static(Point, "y"), inspect.getattr_static(Point(1), "x"))
print(inspect.getattr_static(Point(1), "missing", "dflt"))
try:
    inspect.getattr_static(Point(1), "missing")
except AttributeError as e:
    print("AttributeError:", e)
print(inspect.getcomments(multi))
try:
    inspect.getsource(len)
except TypeError as e:
    print("TypeError:", e)
try:
    inspect.getsource(int)
except TypeError as e:
    print("TypeError:", e)
ns = {}
exec("def dyn(): pass", ns)
try:
    inspect.getsource(ns["dyn"])
except OSError as e:
    print("OSError:", e)
