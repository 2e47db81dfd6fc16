# Template-method pattern with NotImplementedError, and class-level registries.
class Shape:
    registry = {}
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Shape.registry[cls.__name__.lower()] = cls
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")
    def perimeter(self):
        raise NotImplementedError
    def describe(self):
        return f"{type(self).__name__} area={self.area():.2f} perimeter={self.perimeter():.2f}"
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.141592653589793 * self.r ** 2
class Blob(Shape):
    pass
print(sorted(Shape.registry))
for shape in [Rect(2, 3), Square(4), Circle(1), Blob()]:
    try:
        print(shape.describe())
    except NotImplementedError as e:
        print(type(shape).__name__, "-> NotImplementedError:", repr(e), "|", e)
def build(kind, *args):
    try:
        cls = Shape.registry[kind]
    except KeyError:
        raise ValueError(f"unknown shape {kind!r}") from None
    return cls(*args)
print(build("square", 3).area(), build("rect", 1, 2).perimeter())
try:
    build("hexagon")
except ValueError as e:
    print("ValueError:", e, e.__suppress_context__, e.__context__ is not None)
print(issubclass(NotImplementedError, RuntimeError), NotImplemented is not NotImplementedError)
