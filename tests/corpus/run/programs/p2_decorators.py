"""Decorators: functools.wraps, parametrized decorators, class decorators, caching, singledispatch."""
import functools
import time
from functools import wraps, lru_cache, partial, reduce, singledispatch, total_ordering


def trace(fn):
    depth = [0]

    @wraps(fn)
    def wrapper(*args, **kwargs):
        indent = "  " * depth[0]
        sig = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
        print(f"{indent}-> {fn.__name__}({sig})")
        depth[0] += 1
        try:
            result = fn(*args, **kwargs)
        finally:
            depth[0] -= 1
        print(f"{indent}<- {fn.__name__} = {result!r}")
        return result
    return wrapper


def retry(times=3, exceptions=(Exception,)):
    def deco(fn):
        @wraps(fn)
        def wrapper(*a, **kw):
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, **kw)
                except exceptions as e:
                    print(f"attempt {attempt} failed: {e}")
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts")
        return wrapper
    return deco


def count_calls(cls):
    orig_init = cls.__init__
    cls.instances = 0

    @wraps(orig_init)
    def __init__(self, *a, **kw):
        cls.instances += 1
        orig_init(self, *a, **kw)
    cls.__init__ = __init__
    return cls


@trace
def gcd(a, b):
    """Greatest common divisor."""
    return a if b == 0 else gcd(b, a % b)


print(gcd(48, 18))
print(gcd.__name__, gcd.__doc__, gcd.__wrapped__.__name__)

state = {"n": 0}


@retry(times=4, exceptions=(ValueError,))
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError(f"not yet ({state['n']})")
    return "success"


print(flaky())


@retry(times=2)
def always_fails():
    raise OSError("disk")


try:
    always_fails()
except RuntimeError as e:
    print(e)


@count_calls
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


Point(1, 2); Point(3, 4)
print("instances:", Point.instances, Point.__init__.__name__)


@lru_cache(maxsize=3)
def square(n):
    print(f"  computing {n}")
    return n * n


for n in [1, 2, 3, 1, 4, 1, 2]:
    square(n)
print(square.cache_info())


@singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register
def _(x: int):
    return f"int {x}"


@describe.register(list)
@describe.register(tuple)
def _(x):
    return f"sequence of {len(x)}: " + ", ".join(describe(i) for i in x)


@describe.register
def _(x: bool):
    return f"bool {x}"


print(describe(5), "|", describe(True), "|", describe([1, "a", (2.5,)]), "|", describe(None))
print(sorted(k.__name__ for k in describe.registry))


@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, o):
        return self.parts == o.parts

    def __lt__(self, o):
        return self.parts < o.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9"]]
print(sorted(vs), max(vs), Version("1.0") >= Version("0.9.9"), Version("2.0") <= Version("1.0"))

pow2 = partial(pow, 2)
print([pow2(i) for i in range(8)], pow2.func.__name__, pow2.args)
int_from_bin = partial(int, base=2)
print(int_from_bin("101101"), int_from_bin.keywords)
print(reduce(lambda acc, x: acc * 10 + x, [1, 2, 3, 4]), reduce(max, [3, 9, 2], 0))


class cached_property_demo:
    def __init__(self):
        self.calls = 0

    @functools.cached_property
    def expensive(self):
        self.calls += 1
        return sum(range(1000))


cp = cached_property_demo()
print(cp.expensive, cp.expensive, cp.calls, "expensive" in vars(cp))


def memo_method(fn):
    cache = {}

    @wraps(fn)
    def inner(self, *args):
        k = (id(self) and type(self).__name__, args)
        if k not in cache:
            cache[k] = fn(self, *args)
        return cache[k]
    inner.cache = cache
    return inner


class Calc:
    @memo_method
    def slow_add(self, a, b):
        return a + b

    @staticmethod
    def static():
        return "static"

    @classmethod
    def klass(cls):
        return cls.__name__

    @property
    def prop(self):
        return "prop"


c = Calc()
print(c.slow_add(1, 2), c.slow_add(1, 2), len(Calc.slow_add.cache), Calc.static(), c.klass(), c.prop)


def deco_with_state(fn):
    fn.calls = 0

    def inner(*a):
        inner.calls += 1
        return fn(*a)
    inner.calls = 0
    return inner


@deco_with_state
def hello(name):
    return f"hi {name}"


hello("a"); hello("b")
print(hello.calls, hello.__name__, hello.__qualname__)
stack = [str.upper, str.strip, lambda s: s.replace(" ", "_")]
print(reduce(lambda v, f: f(v), stack, "  hello world  "))
print(functools.cmp_to_key(lambda a, b: len(a) - len(b))("abc") < functools.cmp_to_key(lambda a, b: len(a) - len(b))("abcd"))
print(sorted(["ccc", "a", "bb", "dd"], key=functools.cmp_to_key(lambda a, b: (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b))))
