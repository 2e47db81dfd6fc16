# Operator dunders of Python classes (BINARY_OP, BINARY_SUBSCR): the NotImplemented protocol, in-place
# fallbacks, errors raised inside the dunder, recursion, and generator/odd callables as dunders.
import sys
import traceback


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x)
        if isinstance(other, int):
            return V(self.x + other)
        return NotImplemented

    def __mul__(self, k):
        return V(self.x * k) if isinstance(k, int) else NotImplemented

    def __rmul__(self, k):
        return V(-self.x * k)

    def __sub__(self, other):
        raise ValueError("sub of %r" % (other,))

    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return self.x * 10 + i

    def __repr__(self):
        return "V(%r)" % (self.x,)


class R:
    def __radd__(self, other):
        return ("radd", other)


class NoR:
    pass


class SubV(V):
    def __radd__(self, other):
        return ("SubV.radd", other)


class Declines:
    def __add__(self, other):
        return NotImplemented

    def __iadd__(self, other):
        return NotImplemented

    def __mul__(self, other):
        return NotImplemented


class OnlyIadd:
    def __iadd__(self, other):
        return "iadd %r" % (other,)


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


v = V(3)
show(lambda: v + V(4))
show(lambda: v + 5)
show(lambda: v * 2)
show(lambda: 2 * v)
show(lambda: v + R())
show(lambda: v + NoR())
show(lambda: v + "s")
show(lambda: v + SubV(1))
show(lambda: SubV(1) + v)
show(lambda: Declines() + Declines())
show(lambda: Declines() * 3)
show(lambda: (Declines() + R())[0])
show(lambda: v - 1)
show(lambda: v[0] + v[2])
show(lambda: v[3])
d = Declines()
try:
    d += 1
except TypeError as e:
    print("TypeError", e)
o = OnlyIadd()
o += 7
print(o)
w = V(1)
w += 2
print(w)
w *= 3
print(w)
try:
    w * "x"
except TypeError as e:
    print("TypeError", e)


# The traceback runs through the caller's line and the dunder's own frame.
def caller():
    return v - 2


try:
    caller()
except ValueError:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print([(fr.name, fr.line) for fr in tb])


# A dunder that is a generator function returns a generator; one that is a bound builtin or a class works too.
class Gen:
    def __add__(self, other):
        yield other

    __getitem__ = dict(a=1).__getitem__


print(list(Gen() + 5))
try:
    Gen()["a"]
except TypeError as e:
    print("TypeError", e)


class Deep:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        return other if self.n == 0 else Deep(self.n - 1) + other

    def __getitem__(self, i):
        return i if self.n == 0 else Deep(self.n - 1)[i + 1]


print(Deep(200) + "ok", Deep(200)[0])
try:
    Deep(100000) + 1
except RecursionError as e:
    print("RecursionError", e)
try:
    Deep(100000)[0]
except RecursionError as e:
    print("RecursionError", e)


# Wrong signature: the call's own TypeError.
class BadSig:
    def __add__(self):
        return 1

    def __getitem__(self, a, b):
        return 2


show(lambda: BadSig() + 1)
show(lambda: BadSig()[1])


# Tracing and profiling see the dunder's call and return.
class Cmp:
    def __init__(self, k):
        self.k = k

    def __lt__(self, other):
        return True

    def __eq__(self, other):
        return NotImplemented


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("__add__", "__getitem__", "__radd__", "__lt__", "__eq__"):
        print("trace", event, frame.f_code.co_name, frame.f_lineno, arg if event == "return" else "")
    return tracer


def traced():
    a = V(1) + V(2)
    b = V(1)[1]
    c = V(1) + R()
    if Cmp(1) < Cmp(2):
        b = Cmp(1) == 1
    return a, b, c


sys.settrace(tracer)
print(traced())
sys.settrace(None)
events = []
sys.setprofile(lambda fr, ev, arg: events.append((ev, fr.f_code.co_name)) if fr.f_code.co_name.startswith("__") else None)
traced()
sys.setprofile(None)
print(events)


# Rich comparisons: COMPARE_OP and compare-and-jump.
class C:
    def __init__(self, k):
        self.k = k

    def __lt__(self, other):
        if isinstance(other, C):
            return self.k < other.k
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, C):
            return self.k == other.k
        return NotImplemented

    def __gt__(self, other):
        if other == "boom":
            raise KeyError("gt")
        return NotImplemented

    __hash__ = None


class RevGt:
    def __gt__(self, other):
        return "RevGt.gt"


class SubC(C):
    def __gt__(self, other):
        return "SubC.gt"


def cmp(fn):
    try:
        r = fn()
        print(r)
    except Exception as e:
        print(type(e).__name__, e)


cmp(lambda: C(1) < C(2))
cmp(lambda: C(1) == C(1))
cmp(lambda: C(1) != C(1))
cmp(lambda: C(1) < RevGt())
cmp(lambda: C(1) < 3)
cmp(lambda: C(1) == 3)
cmp(lambda: C(1) != 3)
cmp(lambda: C(1) < SubC(2))
cmp(lambda: C(1) > "boom")
c = C(1)
cmp(lambda: c == c)
for x, y in [(C(1), C(2)), (C(2), C(1)), (C(1), 5)]:
    try:
        if x < y:
            print("lt")
        else:
            print("not lt")
        while x == y:
            print("never")
            break
        print("eq" if x == y else "ne")
    except TypeError as e:
        print("TypeError", e)


def fails_in_if():
    if C(1) > "boom":
        return 1


try:
    fails_in_if()
except KeyError:
    print([(fr.name, fr.line) for fr in traceback.extract_tb(sys.exc_info()[2])])



# Local operands: the interpreter's fused forms (two locals, a local and a constant, a result stored to a
# local, a constant subscript) take the same paths.
def fused(a, b, r, d):
    x = a + b
    print(x, a * 2, 2 * a, a + r, a[0], a[2], d["k"])
    y = a + "s" if False else None
    try:
        y = a * "s"
    except TypeError as e:
        print("TypeError", e)
    try:
        a[5]
    except IndexError as e:
        print("IndexError", e)
    try:
        z = a - b
    except ValueError as e:
        print("ValueError", e)
    return x, y


class DictSub(dict):
    def __getitem__(self, k):
        return "DictSub[%s]" % k


print(fused(V(1), V(2), R(), DictSub()))
print(fused(V(1), V(2), R(), {"k": "plain"}))

# Recursion limits count the same levels as CPython (a comparison takes one more).
sys.setrecursionlimit(200)


class D:
    def __init__(self):
        self.n = 0

    def __add__(self, k):
        self.n += 1
        return self + k

    def __getitem__(self, k):
        self.n += 1
        return self[k]

    def __lt__(self, k):
        self.n += 1
        return self < k

    def __eq__(self, k):
        self.n += 1
        if self == k:
            return True
        return False


def depth(op):
    d = D()
    try:
        op(d)
    except RecursionError as e:
        print(d.n, e)


depth(lambda d: d + 1)
depth(lambda d: d[1])
depth(lambda d: d < 1)
depth(lambda d: d == 1)
