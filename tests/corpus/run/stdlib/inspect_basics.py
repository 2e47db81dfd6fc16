import inspect
import functools
import abc
import sys
import os

def plain(a, b=1, *args, c, d=2, **kw):
    """Do a thing.

        Indented more.
    Back.
    """
    return a

def annotated(x: int, y: "str" = "s", *, z: list[int] = None) -> bool:
    return True

def posonly(a, b, /, c, *, d): pass

async def coro(): pass

def gen():
    yield 1

async def agen():
    yield 1

class Base(abc.ABC):
    """Base docstring."""
    @abc.abstractmethod
    def run(self): ...

class Impl(Base):
    def __init__(self, name, size=3):
        self.name = name
    def run(self):
        return 1
    @property
    def prop(self):
        return 2
    @classmethod
    def cm(cls, x): pass
    @staticmethod
    def sm(y, z=0): pass

class CallMe:
    def __call__(self, q, r=5):
        return q

def decorator(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper

@decorator
def wrapped(alpha, beta=2):
    return alpha

for f in (plain, annotated, posonly, coro, gen, agen, Impl, Impl.cm, Impl.sm, Impl("n").run, CallMe(), wrapped,
          functools.partial(plain, 1), functools.partial(plain, b=3), lambda x, *y: 0):
    print(inspect.signature(f))
print(repr(inspect.signature(plain)))
sig = inspect.signature(plain)
for name, p in sig.parameters.items():
    print(name, p.kind, p.kind.name, int(p.kind), p.kind.description, p.default is p.empty, repr(p))
print(sig.return_annotation is inspect.Signature.empty)
print(inspect.signature(annotated).return_annotation, inspect.signature(annotated).parameters["z"].annotation)
ba = sig.bind(1, 2, 3, 4, c=5, e=6)
print(ba, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba.arguments)
for args, kwargs in [((), {}), ((1,), {}), ((1, 2), {"c": 3, "a": 4}), ((1,), {"c": 1, "zz": 2})]:
    try:
        inspect.signature(annotated).bind(*args, **kwargs)
        inspect.signature(plain).bind(*args, **kwargs)
        print("bound", args, kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    inspect.signature(posonly).bind(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
try:
    inspect.signature(posonly).bind(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
print(inspect.signature(posonly).bind_partial(1))
P = inspect.Parameter
s2 = inspect.Signature([P("a", P.POSITIONAL_ONLY), P("b", P.POSITIONAL_OR_KEYWORD, default=2), P("k", P.KEYWORD_ONLY, annotation=int)], return_annotation=str)
print(s2, s2 == inspect.Signature([P("a", P.POSITIONAL_ONLY), P("b", P.POSITIONAL_OR_KEYWORD, default=2), P("k", P.KEYWORD_ONLY, annotation=int)], return_annotation=str))
print(s2.replace(return_annotation=inspect.Signature.empty))
for bad in ([P("a", P.KEYWORD_ONLY), P("b", P.POSITIONAL_ONLY)], [P("a", P.POSITIONAL_OR_KEYWORD, default=1), P("b", P.POSITIONAL_OR_KEYWORD)], [P("a", P.POSITIONAL_ONLY), P("a", P.KEYWORD_ONLY)]):
    try:
        inspect.Signature(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in (lambda: P("1x", P.POSITIONAL_ONLY), lambda: P("class", P.KEYWORD_ONLY), lambda: P("a", P.VAR_POSITIONAL, default=1), lambda: P(3, P.KEYWORD_ONLY), lambda: P("a", 9)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    inspect.signature(42)
except TypeError as e:
    print("TypeError:", e)
print(P("x", P.KEYWORD_ONLY).replace(name="y", default=None))
print(inspect.getfullargspec(plain))
print(inspect.getfullargspec(Impl.cm))
print(inspect.getcallargs(plain, 1, c=2))
print(inspect.isfunction(plain), inspect.isfunction(len), inspect.ismethod(Impl("x").run), inspect.ismethod(Impl.run))
print(inspect.isclass(Impl), inspect.isclass(Impl("x")), inspect.ismodule(os), inspect.ismodule(plain))
print(inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(plain), inspect.isgenerator(gen()))
print(inspect.iscoroutinefunction(coro), inspect.iscoroutinefunction(gen), inspect.isasyncgenfunction(agen))
c = coro(); print(inspect.iscoroutine(c), inspect.isawaitable(c)); c.close()
print(inspect.isbuiltin(len), inspect.isbuiltin(plain), inspect.isroutine(len), inspect.isroutine(plain), inspect.isroutine(str.join), inspect.isroutine(1))
print(inspect.isabstract(Base), inspect.isabstract(Impl), inspect.isabstract(1))
print(inspect.ismethoddescriptor(str.join), inspect.isdatadescriptor(Impl.prop), inspect.isdatadescriptor(plain))
print([n for n, v in inspect.getmembers(Impl, inspect.isfunction)])
print([n for n, v in inspect.getmembers(Impl("q")) if not n.startswith("_")])
print(inspect.getmembers(sys.modules[__name__], inspect.isclass)[:2])
print(inspect.getmro(Impl) == Impl.__mro__)
print(inspect.unwrap(wrapped) is wrapped.__wrapped__, inspect.unwrap(plain) is plain)
print(repr(inspect.getdoc(plain)))
print(inspect.getdoc(Impl))
print(inspect.cleandoc("""   first
      second
        third
   """))
print(inspect.getmodule(plain).__name__, inspect.getmodule(os.path.join).__name__)
print(os.path.basename(inspect.getsourcefile(plain)), os.path.basename(inspect.getfile(Impl)))
print(inspect.getsource(plain), end="")
print(inspect.getsource(wrapped), end="")
print(inspect.getsource(Impl.run), end="")
print(inspect.getsourcelines(gen))
print(inspect.getsource(Impl), end="")
print(inspect.getsource(CallMe).splitlines()[0])
frame = inspect.currentframe()
print(frame.f_code.co_name, frame.f_lineno)
def who():
    st = inspect.stack()
    return st[0].function, st[1].function, st[0].code_context, st[0].index, os.path.basename(st[0].filename)
print(who())
def outer():
    return who()
print(outer())
info = inspect.getframeinfo(inspect.currentframe())
print(info.function, info.lineno, info.code_context)
g = gen()
print(inspect.getgeneratorstate(g)); next(g); print(inspect.getgeneratorstate(g)); g.close(); print(inspect.getgeneratorstate(g))
print(inspect.get_annotations(annotated))
print(inspect.formatannotation(int), inspect.formatannotation(list[int]), inspect.formatannotation(os.PathLike), inspect.formatannotation("x"))
print(inspect.Parameter.empty, inspect._empty is inspect.Parameter.empty)
print(inspect.getattr_static(Impl("x"), "name", "none"), inspect.getattr_static(Impl, "sm") is Impl.__dict__["sm"])
print(inspect.getcomments(who))
