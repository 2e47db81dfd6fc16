# Attribute- and method-call-heavy object-oriented code with inheritance and properties.
class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError

    def describe(self):
        return self.area() * 2


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)

    @property
    def side(self):
        return self.w


class Counter:
    def __init__(self):
        self.n = 0

    def add(self, shape):
        self.n += shape.describe() + shape.side if isinstance(shape, Square) else shape.describe()


c = Counter()
shapes = [Rect(i % 7, i % 5) if i % 3 else Square(i % 9) for i in range(1000)]
for _ in range(300):
    for s in shapes:
        c.add(s)
print(c.n)
