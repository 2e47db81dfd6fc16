import inspect
from typing import Optional, List
import functools

def greet(name: str, greeting: str = "Hello", *args, punct: str = "!", **kwargs) -> str:
    """Return a greeting.

    More details here.
    """
    return f"{greeting}, {name}{punct}"

async def fetch(url, *, timeout=10.0): ...
def gen(n): yield n
class Shape:
    """A shape."""
    sides: int = 0
    def __init__(self, name: str, sides: int = 3) -> None:
        self.name = name
    def area(self) -> float:
        return 0.0
    @classmethod
    def make(cls, *a): return cls(*a)
    @staticmethod
    def util(x, /, y): return x + y
    @property
    def label(self): return self.name

sig = inspect.signature(greet)
print(sig)
for name, p in sig.parameters.items():
    print(f"  {name:<9} kind={p.kind.name:<22} default={p.default!r:<12} annotation={p.annotation!r}")
print(sig.return_annotation, repr(sig.parameters["name"]), str(sig.parameters["punct"]))
b = sig.bind("Bob", "Hi", 1, 2, punct="?", extra=True)
print(b.arguments, b.args, b.kwargs)
b2 = sig.bind_partial(greeting="Yo")
b2.apply_defaults() if False else None
ba = sig.bind("Al")
ba.apply_defaults()
print(ba)
try:
    sig.bind()
except TypeError as e:
    print("TypeError:", e)
try:
    sig.bind("a", bogus=1, punct=1, **{"name": 2})
except TypeError as e:
    print("TypeError:", e)
print(inspect.signature(Shape), inspect.signature(Shape.area), inspect.signature(Shape.make), inspect.signature(Shape.util), inspect.signature(Shape("x").area))
print(inspect.signature(lambda a, b=[1], *, c: None), inspect.signature(functools.partial(greet, "Z")))
print(inspect.getdoc(greet))
print(inspect.cleandoc("   line1\n     indented\n   line3"))
print(inspect.isfunction(greet), inspect.ismethod(Shape("x").area), inspect.isclass(Shape), inspect.iscoroutinefunction(fetch), inspect.isgeneratorfunction(gen), inspect.isbuiltin(len), inspect.isroutine(len))
print([m for m, _ in inspect.getmembers(Shape) if not m.startswith("__")])
print([m for m, _ in inspect.getmembers(Shape, inspect.isfunction)])
print(inspect.getmro(bool), inspect.getattr_static(Shape, "make").__class__.__name__, inspect.getattr_static(Shape, "label").__class__.__name__)
print(inspect.getfullargspec(greet))
print(inspect.getsource(Shape.area).strip())
print(inspect.getsourcelines(gen)[1], inspect.getmodule(greet).__name__, inspect.getfile(greet).endswith("p44_inspect.py"))
def f():
    frame = inspect.currentframe()
    return frame.f_code.co_name, frame.f_back.f_code.co_name, frame.f_lineno
print(f())
def caller_name():
    return inspect.stack()[1].function
def outer_fn():
    return caller_name()
print(outer_fn())
print(greet.__name__, greet.__qualname__, greet.__module__, greet.__defaults__, greet.__kwdefaults__, greet.__annotations__)
print(greet.__code__.co_argcount, greet.__code__.co_kwonlyargcount, greet.__code__.co_varnames[:5], greet.__code__.co_flags & 0x0C)
print(Shape.area.__qualname__, Shape.__init__.__qualname__, Shape.make.__func__.__qualname__ if hasattr(Shape.make, "__func__") else "", Shape.__doc__, Shape.__dict__["sides"])
print(inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=3), inspect.Signature([inspect.Parameter("a", inspect.Parameter.POSITIONAL_ONLY)]))
try:
    inspect.Signature([inspect.Parameter("a", inspect.Parameter.KEYWORD_ONLY), inspect.Parameter("b", inspect.Parameter.POSITIONAL_OR_KEYWORD)])
except ValueError as e:
    print("ValueError:", e)
try:
    inspect.signature(42)
except TypeError as e:
    print("TypeError:", e)
print(inspect.signature(sorted), inspect.signature(print))
print(inspect.getclosurevars(outer_fn).globals.keys())
print(inspect.unwrap(functools.wraps(greet)(lambda *a: 1)) is greet)
