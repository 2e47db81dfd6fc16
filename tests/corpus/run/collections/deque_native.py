# collections.deque (native ring buffer): every method, operator and misuse with CPython's messages.
import copy
import gc
import pickle
import weakref
from collections import deque
import collections.abc


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# construction and maxlen
print(deque(), deque([1, 2]), deque('abc', 2), deque(range(5), maxlen=3), deque(maxlen=0))
print(deque(iterable=[1], maxlen=None), deque([1]).maxlen, deque([], 4).maxlen, deque(maxlen=True))
t("neg maxlen", lambda: deque(maxlen=-1))
t("str maxlen", lambda: deque(maxlen='a'))
t("float maxlen", lambda: deque([], 2.0))
t("big maxlen", lambda: deque(maxlen=2 ** 70))
t("not iterable", lambda: deque(1))
t("3 args", lambda: deque([], 2, 3))
t("bad kw", lambda: deque(foo=1))
t("twice", lambda: deque([1], iterable=[2]))
d = deque([1, 2, 3])
d.__init__([7, 8])
print("reinit", d)
t("set maxlen", lambda: setattr(d, 'maxlen', 3))
t("set attr", lambda: setattr(d, 'foo', 3))

# ends
d = deque()
for i in range(5):
    d.append(i)
    d.appendleft(-i)
print(d, len(d), bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
t("pop empty", lambda: deque().pop())
t("popleft empty", lambda: deque().popleft())
t("append arity", lambda: d.append())
t("append arity2", lambda: d.append(1, 2))
t("clear arity", lambda: d.clear(1))
t("bad self", lambda: deque.append(1, 2))

# bounded deques drop from the opposite end
b = deque(maxlen=3)
for i in range(6):
    b.append(i)
print(b)
b.appendleft('x')
print(b)
b.extend('yz')
print(b)
b.extendleft([10, 11])
print(b, b.maxlen)
z = deque(maxlen=0)
z.append(1); z.extend(range(4)); z.appendleft(2)
print(z)

# extend / extendleft, including by itself
e = deque([1, 2])
e.extend(e)
e.extendleft(e)
print(e)
e.extend(x * 10 for x in range(3))
e.extendleft(iter("ab"))
print(e)
t("extend int", lambda: e.extend(1))
t("extendleft int", lambda: e.extendleft(1))

# insert, remove, index, count, clear, copy, reverse, rotate
d = deque(range(6))
d.insert(0, 'a'); d.insert(-1, 'b'); d.insert(100, 'c'); d.insert(-100, 'd'); d.insert(3, 'e')
print(d)
d.remove('e'); d.remove('d')
print(d)
t("remove missing", lambda: d.remove(99))
t("insert full", lambda: deque([1], maxlen=1).insert(0, 2))
t("insert str", lambda: d.insert('a', 2))
print(d.index(3), d.index(3, 1, 6), d.index(0, -10), d.index('c', -1))
t("index missing", lambda: d.index(9))
t("index range", lambda: d.index(3, 0, 3))
t("index none", lambda: d.index())
t("index str", lambda: d.index(1, 'a'))
print(d.index(1, 0, 2 ** 80), deque([1, 1, 2, 1]).count(1), d.count('zz'))
t("count arity", lambda: d.count())
c = d.copy()
c.clear()
print(c, d, len(c))
r = deque(range(7))
r.reverse()
print(r)
r.rotate(); print(r)
r.rotate(-3); print(r)
r.rotate(15); print(r)
r.rotate(0); print(r)
deque().rotate(3)
t("rotate str", lambda: r.rotate('a'))
t("rotate 2 args", lambda: r.rotate(1, 2))
t("rotate big", lambda: r.rotate(2 ** 80))
full = deque(range(8))
full.rotate(3); print(full)
full.rotate(-5); print(full)

# indexing
d = deque('abcdef')
print(d[0], d[-1], d[3], d[True])
d[1] = 'B'; d[-2] = 'E'
del d[0]; del d[-1]; del d[2]
print(d)


class I:
    def __index__(self):
        return 1


print(d[I()])
t("index oob", lambda: d[10])
t("index neg oob", lambda: d[-10])
t("set oob", lambda: d.__setitem__(10, 1))
t("del oob", lambda: d.__delitem__(10))
t("index str", lambda: d['a'])
t("slice", lambda: d[1:2])
t("big index", lambda: d[2 ** 80])
print('B' in d, 'z' in d)

# iteration and mutation
d = deque([1, 2, 3])
print(list(d), list(reversed(d)), [x * 2 for x in d])
it = iter(d)
print(next(it), it.__length_hint__(), reversed(d).__length_hint__(), type(it).__name__, type(reversed(d)).__name__)
d.append(4)
t("mutated", lambda: next(it))
t("mutated again", lambda: next(it))
rit = reversed(d)
next(rit)
d.popleft()
t("mutated reversed", lambda: next(rit))
it = iter(d)
d[0] = 'set'  # assignment is not a structural change
print(list(it))


class Eq:
    def __init__(self, d):
        self.d = d

    def __eq__(self, other):
        self.d.append(0)
        return False


m = deque([1, 2])
t("mutating eq count", lambda: m.count(Eq(m)))
t("mutating eq in", lambda: Eq(m) in m)
t("mutating eq index", lambda: m.index(Eq(m)))
t("mutating eq remove", lambda: m.remove(Eq(m)))

# comparisons
a, b = deque([1, 2, 3]), deque([1, 2, 4])
print(a == deque([1, 2, 3]), a != b, a < b, a <= b, a > b, a >= b, deque() < deque([0]))
print(a == [1, 2, 3], deque([1]) == deque([1], maxlen=5))
t("lt list", lambda: a < [1])
t("hash", lambda: hash(a))
t("hash in set", lambda: {a})

# arithmetic
print(a + b, deque([1], maxlen=2) + deque([2, 3]), a * 2, 2 * deque('ab'), deque([1]) * -1)
print(deque([1, 2], maxlen=3) * 3, deque([1], 5) * 10)
t("add list", lambda: a + [1])
t("mul str", lambda: a * 'a')
t("mul float", lambda: a * 2.0)
x = deque([1, 2])
y = x
x += [3]
x += x
x *= 2
print(x, x is y)
x *= 0
print(x, x is y)
t("iadd int", lambda: deque.__iadd__(y, 1))

# repr
r = deque([1])
r.append(r)
print(r, repr(deque([], maxlen=3)), repr(deque([[1], 'a'], 2)))

# copies and pickling
src = deque([1, [2, 3]], maxlen=5)
cp, dc = copy.copy(src), copy.deepcopy(src)
print(cp, dc, cp[1] is src[1], dc[1] is src[1], cp.maxlen, dc.maxlen)
for obj in (deque(), deque([1, 'a', (2,)]), deque([1], maxlen=4)):
    back = pickle.loads(pickle.dumps(obj))
    print(back, back == obj, back.maxlen)
print(deque([1, 2]).__reduce__()[:3], deque([], 3).__reduce__()[:3])
it = iter(deque([5, 6, 7]))
next(it)
print(list(pickle.loads(pickle.dumps(it))), it.__reduce__()[1][1])
print(deque[int], deque.__class_getitem__(str))
print(isinstance(deque(), collections.abc.MutableSequence), isinstance(deque(), collections.abc.Sequence))


# subclassing
class D(deque):
    def __init__(self, iterable=(), maxlen=None, tag='t'):
        super().__init__(iterable, maxlen)
        self.tag = tag

    def append(self, x):
        super().append(x * 10)


s = D([1, 2], 4, tag='hi')
s.append(3)
s.appendleft(0)
s.extra = [1]
print(s, s.tag, s.extra, len(s), isinstance(s, deque), type(s).__name__)
print(s.copy(), type(s.copy()).__name__, type(s + deque([9])).__name__, type(s * 2).__name__)
print(s == deque([0, 1, 2, 30], maxlen=4), s.__reduce__()[0].__name__, s.__reduce__()[1:3])
s2 = pickle.loads(pickle.dumps(s))
print(s2, type(s2).__name__, s2.tag, s2.extra)
s3 = copy.deepcopy(s)
print(s3, s3.extra, s3.extra is s.extra)
t("sub hash", lambda: hash(s))


class Plain(deque):
    pass


print(Plain('ab'), Plain('ab', 1), copy.copy(Plain('xy')), Plain().__reduce__()[2])


class Bad(deque):
    def __new__(cls, *a):
        return 1


t("bad copy", lambda: deque.copy(deque.__new__(Bad)))

# weak references and collection of contents
w = deque([1])
ref = weakref.ref(w)
print(ref() is w)
del w
gc.collect()
print(ref())


class Item:
    pass


item = Item()
iref = weakref.ref(item)
holder = deque([item])
del item
holder.pop()
gc.collect()
print(iref())
