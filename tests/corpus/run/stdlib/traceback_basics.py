import sys
import traceback
import linecache
import os

_DIR = os.path.dirname(os.path.abspath(__file__))
_print = print

def print(*args, **kw):
    _print(*[str(a).replace(_DIR, "<dir>") for a in args], **kw)

def inner(x):
    return x["key"] + 1

def outer():
    d = {"k": 1}
    return inner(d)

try:
    outer()
except KeyError:
    traceback.print_exc()
    s = traceback.format_exc()
    print(s.splitlines()[-1])
    print(len(s.splitlines()))

def divide(a, b):
    return a / b

try:
    divide(1, 0)
except ZeroDivisionError as e:
    lines = traceback.format_exception(e)
    print("".join(lines), end="")
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    tb = e.__traceback__
    for fs in traceback.extract_tb(tb):
        print(fs.filename == __file__, fs.lineno, fs.name, repr(fs.line))
    print(traceback.extract_tb(tb)[-1])
    print([type(x).__name__ for x in traceback.extract_tb(tb)])
    print(traceback.format_tb(tb)[-1], end="")
    traceback.print_tb(tb)
    traceback.print_exception(e)
    traceback.print_exception(type(e), e, tb)
    traceback.print_exception(e, limit=1)
    fs = traceback.extract_tb(tb)[0]
    fname, lineno, name, line = fs
    print(name, line, len(fs), fs[2])

def chain():
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("bad value") from e

try:
    chain()
except ValueError:
    traceback.print_exc()
    traceback.print_exc(chain=False)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError:
    print(traceback.format_exc())

def show_stack():
    traceback.print_stack()
    st = traceback.extract_stack()
    print([f.name for f in st][-2:])
    print(traceback.format_stack()[-1], end="")

def caller():
    show_stack()

caller()

print(repr(linecache.getline(__file__, 1)))
print(repr(linecache.getline(__file__, 100000)))
print(repr(linecache.getline("/nonexistent/file.py", 1)))
print(len(linecache.getlines(__file__)) > 10)
linecache.clearcache()
linecache.checkcache()
print(traceback.format_exception_only(None))
print(traceback.format_exc())

class MyError(Exception):
    pass

try:
    raise MyError("custom", 42)
except MyError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te))
    print("".join(te.format_exception_only()), end="")
    print("".join(te.format()), end="")
    print(len(te.stack))

e = RuntimeError("no traceback")
print(traceback.format_exception(e))
e2 = ValueError("with note")
e2.add_note("a note")
print(traceback.format_exception_only(e2))
try:
    compile("x = (1,", "<src>", "exec")
except SyntaxError as se:
    print("".join(traceback.format_exception_only(se)), end="")
print(repr(traceback.FrameSummary("f.py", 3, "fn", line="x = 1")))
print(traceback.format_list([("a.py", 1, "f", "x = 1"), ("b.py", 2, "g", None)]))
def rec(n):
    if n == 0:
        raise RecursionError("deep")
    return rec(n - 1)
try:
    rec(10)
except RecursionError:
    print(traceback.format_exc())
try:
    x = [1, 2, 3]
    x[10]
except IndexError:
    traceback.print_exc()
def attr():
    obj = None
    return obj.value
try:
    attr()
except AttributeError:
    traceback.print_exc()
try:
    undefined_name_here
except NameError:
    traceback.print_exc()
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except ExceptionGroup:
    traceback.print_exc()
print(list(traceback.walk_tb(None)))
