import os
import sys
import traceback

_DIR = os.path.dirname(os.path.abspath(__file__))
_print = print


def print(*args, **kw):
    _print(*[str(a).replace(_DIR, "<dir>") for a in args], **kw)


def gen():
    yield 1
    raise ValueError("in generator")

try:
    for x in gen():
        pass
except ValueError:
    traceback.print_exc()

try:
    try:
        raise KeyError("a")
    except KeyError:
        raise TypeError("b") from None
except TypeError:
    traceback.print_exc()
    print(traceback.format_exc(limit=0))

class Meta:
    def __getattr__(self, name):
        raise AttributeError(f"no {name}")

try:
    Meta().foo
except AttributeError:
    traceback.print_exc()

def deep(n):
    if n == 0:
        return {}["x"]
    return deep(n - 1)

try:
    deep(50)
except KeyError:
    traceback.print_exc()
    traceback.print_exc(limit=2)
    traceback.print_exc(limit=-2)

try:
    f = lambda v: v.missing
    f(3)
except AttributeError:
    traceback.print_exc()

try:
    eg = ExceptionGroup("outer", [ValueError("v"), ExceptionGroup("inner", [TypeError("t")])])
    raise eg
except ExceptionGroup as e:
    print("".join(traceback.format_exception(e)), end="")
    te = traceback.TracebackException.from_exception(e)
    print(len(te.exceptions), [str(x) for x in te.exceptions])

try:
    exec("1/0")
except ZeroDivisionError:
    traceback.print_exc()

try:
    x = [1, 2]
    y = x[0] + x[1] * x[5]
except IndexError:
    traceback.print_exc()

try:
    d = {"a": {"b": None}}
    d["a"]["b"]["c"]
except TypeError:
    traceback.print_exc()

def with_locals():
    a = 1
    b = "two"
    raise RuntimeError("locals")
try:
    with_locals()
except RuntimeError as e:
    te = traceback.TracebackException(type(e), e, e.__traceback__.tb_next, capture_locals=True)
    print("".join(te.format()), end="")

e = ValueError("x")
e.__notes__ = ["note 1", "note 2\nmultiline"]
print(traceback.format_exception_only(e))
print(traceback.format_exception_only(ValueError, None))
print(traceback.format_exception_only(KeyError()))
class Weird(Exception):
    def __str__(self):
        raise RuntimeError
print(traceback.format_exception_only(Weird()))
s = traceback.StackSummary.from_list([("f.py", 10, "func", "x = 1")])
print(s.format())
print(traceback.StackSummary.extract(traceback.walk_stack(None), limit=1)[0].name)
def a(): return traceback.extract_stack(limit=2)
print([f.name for f in a()])
try:
    traceback.print_exception(ValueError("v"), None)
except ValueError as e:
    print("ValueError:", e)
try:
    traceback.format_exception(42)
except TypeError as e:
    print("TypeError:", e)
