"""Class hierarchy with ABCs, properties, class/static methods, __init_subclass__, super chains."""
from abc import ABC, abstractmethod
import math


class Shape(ABC):
    registry = {}

    def __init_subclass__(cls, *, kind=None, **kw):
        super().__init_subclass__(**kw)
        if kind:
            Shape.registry[kind] = cls

    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    @property
    def name(self):
        return type(self).__name__.lower()

    def describe(self):
        return f"{self.name}: area={self.area():.3f} perimeter={self.perimeter():.3f}"

    def __lt__(self, other):
        return self.area() < other.area()

    @classmethod
    def create(cls, kind, *args):
        try:
            return cls.registry[kind](*args)
        except KeyError:
            raise ValueError(f"unknown shape kind {kind!r}") from None


class Circle(Shape, kind="circle"):
    def __init__(self, r):
        self.radius = r

    @property
    def radius(self):
        return self._r

    @radius.setter
    def radius(self, r):
        if r <= 0:
            raise ValueError("radius must be positive")
        self._r = r

    @radius.deleter
    def radius(self):
        raise AttributeError("cannot delete radius")

    def area(self):
        return math.pi * self._r ** 2

    def perimeter(self):
        return 2 * math.pi * self._r


class Rect(Shape, kind="rect"):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def __repr__(self):
        return f"{type(self).__name__}({self.w}, {self.h})"


class Square(Rect, kind="square"):
    def __init__(self, side):
        super().__init__(side, side)

    def __repr__(self):
        return f"Square({self.w})"


class Triangle(Shape, kind="tri"):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"invalid triangle {a}, {b}, {c}")
        self.sides = (a, b, c)

    def perimeter(self):
        return sum(self.sides)

    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))


class Incomplete(Shape):
    def area(self):
        return 0


shapes = [Shape.create("circle", 1.5), Shape.create("rect", 2, 5), Shape.create("square", 3),
          Shape.create("tri", 3, 4, 5)]
for s in sorted(shapes):
    print(s.describe())
print(sorted(Shape.registry))
print(Square.__mro__)
print(isinstance(shapes[2], Rect), issubclass(Square, Shape), Square.mro()[1].__name__)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)
try:
    Shape.create("hexagon")
except ValueError as e:
    print("ValueError:", e, e.__suppress_context__)
try:
    Triangle(1, 2, 10)
except ValueError as e:
    print("ValueError:", e)
c = shapes[0]
c.radius = 2
print(c.radius, round(c.area(), 4))
for bad in (lambda: setattr(c, "radius", -1), lambda: delattr(c, "radius")):
    try:
        bad()
    except (ValueError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print(type(Circle.radius).__name__, Circle.radius.fget.__name__, Shape.name.__doc__)
print(repr(shapes[1]), repr(shapes[2]), shapes[2].name)
print(Shape.__abstractmethods__ == frozenset({"area", "perimeter"}), Incomplete.__abstractmethods__)


class Base:
    def __init__(self):
        print("Base.__init__")
        self.trail = ["Base"]

    def hello(self):
        return "Base"


class Left(Base):
    def __init__(self):
        print("Left.__init__")
        super().__init__()
        self.trail.append("Left")

    def hello(self):
        return "Left>" + super().hello()


class Right(Base):
    def __init__(self):
        print("Right.__init__")
        super().__init__()
        self.trail.append("Right")

    def hello(self):
        return "Right>" + super().hello()


class Diamond(Left, Right):
    def __init__(self):
        print("Diamond.__init__")
        super().__init__()
        self.trail.append("Diamond")

    def hello(self):
        return "Diamond>" + super().hello()


d = Diamond()
print(d.trail, d.hello(), [k.__name__ for k in Diamond.__mro__])
print(super(Left, d).hello(), Right.hello(d))
try:
    class Bad(Left, Base, Right):
        pass
except TypeError as e:
    print("TypeError:", e)
