# classmethod and staticmethod.
class Shape:
    sides = 0
    registry = []
    def __init__(self, name):
        self.name = name
    @classmethod
    def make(cls, name):
        obj = cls(name)
        cls.registry.append(cls.__name__ + ":" + name)
        return obj
    @staticmethod
    def describe(n):
        return "shape with %d sides" % n
    def info(self):
        return self.describe(self.sides)
class Square(Shape):
    sides = 4
s = Square.make("sq")
t = Shape.make("generic")
print(type(s).__name__, s.name, s.info(), t.info(), Shape.registry)
print(Shape.describe(3), s.describe(5), Square.make is not None)
print(type(Shape.__dict__["make"]).__name__, type(Shape.__dict__["describe"]).__name__)
print(Shape.__dict__["describe"].__func__(7))
bound = Square.make
print(bound.__self__.__name__, bound.__func__.__name__)
class Counter:
    n = 0
    @classmethod
    def bump(cls):
        cls.n += 1
        return cls.n
class SubCounter(Counter):
    pass
print(Counter.bump(), Counter.bump(), SubCounter.bump(), Counter.n, SubCounter.n)
sm = staticmethod(lambda: "called")
print(sm(), callable(sm))
