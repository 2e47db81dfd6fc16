# Classes whose Python __new__ builds the instance (object.__init__ left alone): binding, errors,
# results of other types, subclasses created later, and a traceback through __new__.
import traceback


class Point:
    __slots__ = ('x', 'y')

    def __new__(cls, x=0, y=0, *, scale=1):
        self = object.__new__(cls)
        self.x, self.y = x * scale, y * scale
        return self

    def __repr__(self):
        return f'{type(self).__name__}({self.x}, {self.y})'


print(Point(), Point(1, 2), Point(y=3), Point(1, 2, scale=10), Point(*[4, 5]), Point(**{'x': 6}))
for args, kw in (((1, 2, 3), {}), ((), {'z': 1}), ((1,), {'x': 2})):
    try:
        Point(*args, **kw)
    except TypeError as e:
        print('TypeError', e)


class Other:
    def __new__(cls, value):
        return value * 2


print(Other(21), Other('ab'), type(Other([1])).__name__)


class Base:
    def __new__(cls, *args):
        print('Base.__new__', cls.__name__, args)
        return object.__new__(Child) if args and args[0] == 'child' else object.__new__(cls)


b1 = Base('plain')


class Child(Base):
    def __init__(self, *args):
        print('Child.__init__', args)


b2 = Base('child')
b3 = Child(1)
print(type(b1).__name__, type(b2).__name__, type(b3).__name__)


class Counter:
    made = 0

    def __new__(cls):
        cls.made += 1
        return super().__new__(cls)


for _ in range(5):
    Counter()
print(Counter.made)


class Boom:
    def __new__(cls, n):
        if n == 0:
            raise ValueError('boom in __new__')
        return Boom(n - 1)


try:
    Boom(2)
except ValueError:
    traceback.print_exc()


class Deep:
    def __new__(cls, n):
        return Deep(n + 1)


try:
    Deep(0)
except RecursionError as e:
    print('RecursionError', e)
Boom(1)
