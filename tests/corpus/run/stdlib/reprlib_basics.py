import reprlib
from collections import deque

print(reprlib.repr(list(range(100))), reprlib.repr(tuple(range(10))), reprlib.repr((1,)), reprlib.repr(set(range(20))))
print(reprlib.repr(frozenset('abcdefghij')), reprlib.repr(set()), reprlib.repr(frozenset()), reprlib.repr(deque(range(10))))
print(reprlib.repr({i: str(i) for i in range(10)}), reprlib.repr({}), reprlib.repr('x' * 100), reprlib.repr('short'))
print(reprlib.repr(2 ** 200), reprlib.repr(12345), reprlib.repr([[[[[[[[1]]]]]]]]), reprlib.repr({'a': {'b': {'c': {}}}}))
class Big:
    def __repr__(self):
        return 'Big(' + ', '.join(map(str, range(30))) + ')'
class Broken:
    def __repr__(self):
        raise ValueError('no')
print(reprlib.repr(Big()), reprlib.repr(Broken()).startswith('<Broken instance at 0x'), reprlib.repr(3.5), reprlib.repr(None))
r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 10
r.maxlevel = 2
print(r.repr(list(range(10))), r.repr('abcdefghijklmnop'), r.repr([[1, [2, [3]]]]), r.repr([1, {1: 2}, (3,)]))

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    @reprlib.recursive_repr()
    def __repr__(self):
        return f'Node({self.name!r}, {self.children!r})'
n = Node('root')
n.children.append(n)
n.children.append(Node('leaf'))
print(n, Node.__repr__.__name__, Node.__repr__.__qualname__, hasattr(Node.__repr__, "__wrapped__"))
