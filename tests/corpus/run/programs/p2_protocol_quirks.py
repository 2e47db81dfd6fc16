"""Data-model corner cases: old-style iteration, __index__, __bool__/__len__ errors, reflected ops, views."""
import operator
import sys


class OldSeq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i


print(list(OldSeq()), 9 in OldSeq(), 5 in OldSeq(), [x for x in OldSeq()], sorted(OldSeq(), reverse=True))


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print([10, 20, 30][Idx(1)], "abcdef"[Idx(1):Idx(4)], bin(Idx(5)), hex(Idx(255)), range(Idx(3)), operator.index(Idx(7)))
print((1).__add__(2), (5).__rsub__(3), 3 .__truediv__(2), int.__mul__(6, 7), "ab".__mul__(2))


class BadBool:
    def __bool__(self):
        return 1


class BadLen:
    def __len__(self):
        return -1


class BigLen:
    def __len__(self):
        return sys.maxsize + 1


for obj, fn in [(BadBool(), bool), (BadLen(), len), (BigLen(), len), (BadLen(), bool)]:
    try:
        fn(obj)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)


class Meters:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        if isinstance(other, (int, float)):
            return Meters(self.v + other)
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented

    def __radd__(self, other):
        print("  __radd__ with", type(other).__name__)
        return self + other

    def __iadd__(self, other):
        print("  __iadd__")
        self.v += other.v if isinstance(other, Meters) else other
        return self

    def __eq__(self, other):
        return isinstance(other, Meters) and self.v == other.v

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return f"{self.v}m"


class Feet(Meters):
    def __radd__(self, other):
        print("  Feet.__radd__ wins (subclass)")
        return Meters(other.v + self.v * 0.3048)


print(5 + Meters(2), Meters(2) + 5, sum([Meters(1), Meters(2)]), sum([Meters(1)], Meters(10)))
print(Meters(1) + Feet(10))
m = Meters(1)
m += 4
m += Meters(1)
print(m, sorted([Meters(3), Meters(1)]), max(Meters(3), Meters(1)), Meters(1) == 1, Meters(1) != Meters(2))
try:
    Meters(1) < 5
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
try:
    "a" + Meters(1)
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    Meters(1) * 2
except TypeError as e:
    print("TypeError:", e)
try:
    -Meters(1)
except TypeError as e:
    print("TypeError:", e)

d = {"a": 1, "b": 2, "c": 3}
e = {"b": 20, "d": 4}
print(d.keys() & e.keys(), d.keys() | e.keys(), d.keys() - e.keys(), d.keys() ^ e.keys(), d.items() & {("a", 1)})
print(d | e, e | d, {**d, **e} == d | e, list(reversed(d)), list(d.values())[::-1], d.keys() == {"a", "b", "c"})
d2 = dict(d)
d2 |= [("z", 26)]
print(d2, dict.fromkeys("xy", []), dict(zip("abc", range(3))), dict([("k", "v")], extra=1))
try:
    d.keys()[0]
except TypeError as e:
    print("TypeError:", e)
it = iter(d)
try:
    for k in it:
        d["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print(frozenset({1, 2}) == {1, 2}, hash(frozenset({1, 2})) == hash(frozenset({2, 1})), {frozenset({1}): "ok"})
s = {1, 2, 3}
print(s <= {1, 2, 3, 4}, s < s, s.isdisjoint({7}), s.symmetric_difference([3, 4]), s.union("ab") >= {"a"})
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    {{}: 1}
except TypeError as e:
    print("TypeError:", e)
print(pow(2, 10, 1000), pow(-2, 3), pow(2, -1), pow(-8, 1 / 3) if False else "skip", 2 ** -2, (-2) ** 0.5)
print(divmod(7.5, 2), divmod(-7, 2), round(7.45, 1), round(-0.5), round(1.5), int(True) + True, True * 3.0)
print(isinstance(True, int), bool.__mro__, type(None)(), NotImplemented.__class__.__name__, Ellipsis, ...)
print(slice(1, 10, 2).indices(5), slice(None).indices(3), "abcdef"[slice(-2, None)], list(range(10))[::-3])
print([1, 2, 3] * 2, [[0]] * 2, (1,) + (2,), [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), "abc" < "abd" < "b")
print(1 < 2 < 3 > 2, 1 == 1.0 == True, 0.1 + 0.2 > 0.3, None is None, [] is not [], float("nan") in [float("nan")])
nan = float("nan")
print(nan in [nan], nan == nan, [nan] == [nan], {nan: 1}.get(nan))
print(max("apple", "banana", key=len), min([3, 1, 2], default=0), max(1, 2.0), min((), default=None), any([]), all([]))
print(list(zip("ab", [1, 2, 3], strict=False)), list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, "", "a", None])))
try:
    list(zip("ab", [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(enumerate("xy", start=10)), list(reversed(range(5))), len(range(0, 100, 7)), range(10)[2:5], 5 in range(0, 10, 2))
print(getattr(1, "real"), hasattr([], "append"), callable(len), callable(1), vars(Idx(3)), dir(Idx(1))[-1])
print(type(3) is int, type(type), type.__name__, object.__name__, int.__base__, bool.__bases__, Idx.__module__)
print(id(None) == id(None), repr(print), repr(len), str(int), repr(type(len)))
