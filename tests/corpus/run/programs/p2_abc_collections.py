"""collections.abc mixins: custom Mapping, MutableSequence, Set; SimpleNamespace, MappingProxyType, array."""
from collections.abc import Mapping, MutableMapping, MutableSequence, Set, Iterable, Sized, Hashable, Sequence, Iterator, Generator, Callable
import types
import array


class FrozenMap(Mapping):
    def __init__(self, *args, **kw):
        self._d = dict(*args, **kw)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __hash__(self):
        return hash(frozenset(self._d.items()))

    def __repr__(self):
        return f"FrozenMap({self._d})"


fm = FrozenMap(a=1, b=2)
print(fm["a"], fm.get("z", 0), "b" in fm, list(fm.items()), list(fm.keys()), fm == {"a": 1, "b": 2}, len({fm: 1}))
try:
    fm["c"] = 3
except TypeError as e:
    print("TypeError:", e)


class CaseInsensitive(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k.lower()][1]

    def __setitem__(self, k, v):
        self._d[k.lower()] = (k, v)

    def __delitem__(self, k):
        del self._d[k.lower()]

    def __iter__(self):
        return (orig for orig, _ in self._d.values())

    def __len__(self):
        return len(self._d)


ci = CaseInsensitive()
ci["Content-Type"] = "text"
ci.update({"ACCEPT": "*/*"}, Host="x")
print(ci["content-type"], list(ci), ci.pop("host"), ci.setdefault("accept", "none"), dict(ci))
ci.clear()
print(len(ci), ci.popitem.__qualname__)


class TypedList(MutableSequence):
    def __init__(self, kind, items=()):
        self.kind, self._items = kind, []
        self.extend(items)

    def _check(self, v):
        if not isinstance(v, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(v).__name__}")
        return v

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = self._check(v)

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, self._check(v))

    def __repr__(self):
        return f"TypedList<{self.kind.__name__}>{self._items}"


tl = TypedList(int, [3, 1, 2])
tl.append(5)
tl.reverse()
tl += [7]
print(tl, tl.index(1), tl.count(3), tl.pop(), tl.pop(0), 2 in tl, list(reversed(tl)))
tl.remove(1)
print(tl)
try:
    tl.append("x")
except TypeError as e:
    print("TypeError:", e)


class Interval(Set):
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __contains__(self, x):
        return self.lo <= x < self.hi

    def __iter__(self):
        return iter(range(self.lo, self.hi))

    def __len__(self):
        return max(0, self.hi - self.lo)

    @classmethod
    def _from_iterable(cls, it):
        return frozenset(it)


a, b = Interval(0, 5), Interval(3, 8)
print(sorted(a & b), sorted(a | b), sorted(a - b), a <= Interval(0, 10), a.isdisjoint(Interval(5, 6)), len(a ^ b))
print([isinstance(x, Iterable) for x in ([], 1, "s", fm)], isinstance(fm, Hashable), isinstance([], Hashable))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(tuple, MutableSequence), isinstance(len, Callable))
print(isinstance((x for x in []), Generator), isinstance(iter([]), Iterator), isinstance(tl, Sized), Sequence.__abstractmethods__)
try:
    class Half(Mapping):
        def __getitem__(self, k):
            return k
    Half()
except TypeError as e:
    print("TypeError:", e)

ns = types.SimpleNamespace(a=1, b=[2])
ns.c = "three"
print(ns, ns == types.SimpleNamespace(a=1, b=[2], c="three"), vars(ns), getattr(ns, "zz", None))
del ns.a
print(ns)
mp = types.MappingProxyType({"k": 1})
print(mp["k"], mp.copy(), type(mp).__name__, len(mp))
try:
    mp["k"] = 2
except TypeError as e:
    print("TypeError:", e)
arr = array.array("i", [1, 2, 3])
arr.append(4)
arr.extend([5, 6])
arr[0] = -1
print(arr, arr.itemsize, arr.typecode, arr.tolist(), arr[1:3], sum(arr), arr.tobytes()[:8], len(arr))
fa = array.array("d", (x / 2 for x in range(4)))
print(fa, fa.buffer_info()[1], array.array("b", b"\x01\xff"), array.array("u", "hi"))
try:
    arr.append(2 ** 40)
except OverflowError as e:
    print("OverflowError:", e)
try:
    array.array("q", [1.5])
except TypeError as e:
    print("TypeError:", e)
print(types.FunctionType, type(lambda: 0) is types.FunctionType, types.ModuleType("m").__name__, isinstance(print, types.BuiltinFunctionType))
