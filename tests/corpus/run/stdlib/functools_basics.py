import functools
from functools import (reduce, partial, partialmethod, wraps, update_wrapper, lru_cache, cache,
                       cmp_to_key, total_ordering, cached_property, singledispatch)
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [], 7))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(e)

p = partial(int, base=2)
print(p('1010'), p.func, p.args, p.keywords, p)
p2 = partial(p, '111')
print(p2(), p2.func, p2.args, p2)
print(repr(partial(max, 1, 2)), partial(sorted, key=len)(['ccc', 'a', 'bb']))
try:
    partial(5)
except TypeError as e:
    print(e)

def trace(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        print('calling', func.__name__, args)
        return func(*args, **kwargs)
    return wrapper

@trace
def add(a, b):
    """Add two numbers."""
    return a + b

print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)

@lru_cache(maxsize=2)
def square(n):
    print('compute', n)
    return n * n

print(square(2), square(3), square(2), square(4), square(3))
print(square.cache_info())
square.cache_clear()
print(square.cache_info(), square.cache_parameters())

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits)

@lru_cache
def ident(x):
    return x
print(ident(1), ident(1.0), ident.cache_info())

def compare(a, b):
    return (a > b) - (a < b)
print(sorted([5, 2, 9, 1], key=cmp_to_key(compare)), sorted(['b', 'A', 'c'], key=cmp_to_key(lambda a, b: compare(a.lower(), b.lower()))))

@total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n

a, b = Version(1), Version(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a == Version(1), sorted(['__gt__' in Version.__dict__, '__le__' in Version.__dict__]))
try:
    total_ordering(type('X', (), {}))
except ValueError as e:
    print(e)

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print('computing area')
        return 3 * self.r * self.r

c = Circle(2)
print(c.area, c.area, 'area' in c.__dict__, type(Circle.area).__name__)

@singledispatch
def describe(x):
    return f'object {x!r}'
@describe.register(int)
def _(x):
    return f'int {x}'
@describe.register
def _(x: list):
    return f'list of {len(x)}'
print(describe(3), describe([1, 2]), describe('s'), describe(True))

class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = state
    set_alive = partialmethod(set_state, True)
cell = Cell()
cell.set_alive()
print(cell.alive)
