from abc import ABC, ABCMeta, abstractmethod, abstractproperty, get_cache_token
import collections.abc as cabc

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @property
    @abstractmethod
    def name(self):
        ...
    def describe(self):
        return f'{self.name} with area {self.area()}'

print(type(Shape), sorted(Shape.__abstractmethods__), Shape.__module__)
try:
    Shape()
except TypeError as e:
    print(e)

class Half(Shape):
    def area(self):
        return 1
try:
    Half()
except TypeError as e:
    print(e)

class Square(Shape):
    name = 'square'
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2

s = Square(3)
print(s.describe(), isinstance(s, Shape), issubclass(Square, Shape), Square.__abstractmethods__)

class Plugin(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Plugin:
            return hasattr(C, 'run') or NotImplemented
        return NotImplemented

class Runner:
    def run(self):
        pass
class Walker:
    pass
print(isinstance(Runner(), Plugin), issubclass(Walker, Plugin), issubclass(Runner, Plugin))

class Registered:
    pass
token = get_cache_token()
print(isinstance(Registered(), Shape))
print(Shape.register(Registered) is Registered, isinstance(Registered(), Shape), issubclass(Registered, Shape), get_cache_token() > token)
@Plugin.register
class Decorated:
    pass
print(issubclass(Decorated, Plugin), Decorated.__name__)
try:
    Shape.register(5)
except TypeError as e:
    print(e)

# collections.abc
print(cabc.Iterable, cabc.Mapping.__module__, cabc.Sequence.__name__)
checks = [([], cabc.Sequence), ([], cabc.MutableSequence), ((), cabc.MutableSequence), ({}, cabc.Mapping),
          ({}, cabc.MutableMapping), (set(), cabc.Set), (frozenset(), cabc.MutableSet), ('s', cabc.Sequence),
          (iter([]), cabc.Iterator), ((x for x in []), cabc.Generator), (len, cabc.Callable), (5, cabc.Hashable),
          ([], cabc.Hashable), (range(3), cabc.Sized), ({}.keys(), cabc.KeysView), ({}.items(), cabc.Set),
          (b'', cabc.ByteString), (5, cabc.Iterable), ('x', cabc.Container), ({}.values(), cabc.Collection)]
print([isinstance(obj, abc) for obj, abc in checks])

class Bag(cabc.MutableSet):
    def __init__(self, items=()):
        self.items = list(dict.fromkeys(items))
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
    def add(self, x):
        if x not in self.items:
            self.items.append(x)
    def discard(self, x):
        if x in self.items:
            self.items.remove(x)

b = Bag([1, 2, 3])
print(sorted(b | Bag([4])), sorted(b & Bag([2, 3, 9])), sorted(b - Bag([1])), b <= Bag([1, 2, 3, 4]), b == Bag([3, 2, 1]))
b |= [7]; b -= [1]; print(list(b), b.isdisjoint([100]), len(b))

class Registry(cabc.MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
r = Registry()
r.update(a=1, b=2); r.setdefault('c', 3)
print(dict(r), r.get('z', 'none'), 'a' in r, list(r.keys()), list(r.items()), list(r.values()), r.pop('a'), len(r))
print(r == {'b': 2, 'c': 3}, r.popitem(), isinstance(r, dict))

class Seq(cabc.Sequence):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10
sq = Seq(4)
print(list(sq), 20 in sq, sq.index(30), sq.count(10), list(reversed(sq)))
try:
    cabc.Sequence()
except TypeError as e:
    print(e)
print(cabc.Iterable[int], cabc.Callable[[int], str] is not None, issubclass(list, cabc.Reversible))
