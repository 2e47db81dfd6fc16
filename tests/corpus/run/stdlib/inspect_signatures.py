import inspect, collections, typing, enum, functools, abc
P = collections.namedtuple("P", "x y")
class NT(typing.NamedTuple):
    a: int
    b: str = "s"
class Color(enum.Enum):
    RED = 1
class WithNew:
    def __new__(cls, a, *, b=2):
        return super().__new__(cls)
class WithBoth:
    def __new__(cls, *args, **kw):
        return super().__new__(cls)
    def __init__(self, x, y=1):
        pass
class Empty: pass
class Meta(type):
    def __call__(cls, z):
        return super().__call__()
class UsesMeta(metaclass=Meta): pass
class AB(abc.ABC):
    def __init__(self, q): pass
class PM:
    def method(self, a, b, c=3): pass
    pm = functools.partialmethod(method, 1)
@functools.lru_cache(maxsize=None)
def cached(n, m=2): return n
@functools.singledispatch
def disp(arg, extra=None): pass
for obj in (P, NT, WithNew, WithBoth, Empty, UsesMeta, AB, PM().pm, cached, disp, functools.partial(PM.method, PM(), 5)):
    try:
        print(getattr(obj, "__name__", type(obj).__name__), inspect.signature(obj))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
