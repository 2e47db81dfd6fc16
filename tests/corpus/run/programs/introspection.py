import inspect
import traceback
import types
import sys
import io
from functools import wraps


def api(path, *, method="GET", auth: bool = True, **extra) -> dict:
    """Register an endpoint."""
    return {"path": path, "method": method}


def f(a, b: int = 2, /, c=3, *args, d, e=5, **kw):
    pass


class Service:
    def handle(self, request, timeout=1.5):
        return request

    @classmethod
    def build(cls, n: int) -> "Service":
        return cls()

    @staticmethod
    def util(x, y=None):
        return x


for fn in [api, f, Service.handle, Service().handle, Service.build, Service.util, lambda x, *y: 0, print if False else len]:
    try:
        sig = inspect.signature(fn)
        print(getattr(fn, "__name__", "?"), sig, [p.kind.name for p in sig.parameters.values()])
    except ValueError as e:
        print("ValueError:", e)
sig = inspect.signature(api)
print(sig.return_annotation, sig.parameters["auth"].annotation, sig.parameters["method"].default, sig.parameters["path"].default is inspect.Parameter.empty)
ba = sig.bind("/x", method="POST", verbose=1)
ba.apply_defaults()
print(ba.arguments, ba.args, ba.kwargs)
try:
    sig.bind()
except TypeError as e:
    print("TypeError:", e)
print(inspect.getdoc(api), inspect.isfunction(api), inspect.ismethod(Service().handle), inspect.isclass(Service))
print(inspect.isgeneratorfunction(lambda: (yield)), inspect.iscoroutinefunction(api), inspect.getmodule(api).__name__)
print([name for name, _ in inspect.getmembers(Service, inspect.isfunction)])
print(inspect.getfullargspec(f).args, inspect.getfullargspec(f).kwonlyargs, inspect.getfullargspec(f).varkw)


def current_function():
    frame = inspect.currentframe()
    return frame.f_code.co_name, frame.f_back.f_code.co_name, frame.f_lineno > 0


def caller():
    return current_function()


print(caller())


def decorated(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper


@decorated
def target(x, y=1):
    pass


print(inspect.signature(target), inspect.unwrap(target) is target.__wrapped__)


def level3():
    raise KeyError("deep key")


def level2():
    try:
        level3()
    except KeyError as e:
        raise RuntimeError("wrapped") from e


def level1():
    level2()


try:
    level1()
except RuntimeError:
    text = traceback.format_exc()
    lines = [ln.replace(__file__, "FILE") for ln in text.splitlines()]
    print("\n".join(lines))
    etype, evalue, tb = sys.exc_info()
    print(etype.__name__, evalue, len(traceback.extract_tb(tb)), [fs.name for fs in traceback.extract_tb(tb)])
    print(traceback.format_exception_only(etype, evalue))
buf = io.StringIO()
try:
    [].pop()
except IndexError as e:
    traceback.print_exception(e, file=buf)
    print(buf.getvalue().replace(__file__, "FILE"))
    print(traceback.format_exception(e)[-1], end="")
stack = traceback.extract_stack()
print(stack[-1].name, type(stack).__name__)
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns == types.SimpleNamespace(a=1, b="x", c=[1]), vars(ns))
mp = types.MappingProxyType({"k": 1})
print(mp, mp["k"], list(mp))
try:
    mp["k"] = 2
except TypeError as e:
    print("TypeError:", e)
mod = types.ModuleType("dyn", "dynamic module")
exec("def hi(): return 'hi from ' + __name__", mod.__dict__)
print(mod.hi(), mod.__doc__, repr(mod))
print(types.FunctionType, type(api) is types.FunctionType, type(Service().handle) is types.MethodType, type(len).__name__)
bound = types.MethodType(lambda self: self.x, types.SimpleNamespace(x=42))
print(bound())
Dyn = types.new_class("Dyn", (Service,), {}, lambda ns: ns.update({"z": 9}))
print(Dyn.z, Dyn.__mro__[1].__name__, type("T", (), {"v": 1})().v)
code = compile("x * 2 + y", "<expr>", "eval")
print(eval(code, {"x": 5, "y": 1}), code.co_names, eval("len(s)", {"s": "abc"}))
g = {}
exec("import math\nr = math.floor(2.7)", g)
print(g["r"], "math" in g)
print(api.__code__.co_argcount, api.__code__.co_kwonlyargcount, api.__defaults__, api.__kwdefaults__, api.__annotations__)
print(f.__code__.co_posonlyargcount, f.__code__.co_varnames[:7])
