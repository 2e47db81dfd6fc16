"""traceback module output for many error sites (3.11 carets), printed to stdout."""
import os as _os
import sys as _sys

_DIR = _os.path.dirname(_os.path.abspath(__file__))


class _RedactDir:
    """Tracebacks name this file by its absolute path: print it as <dir> so the expected output is portable."""

    def __init__(self, stream):
        self.stream = stream

    def write(self, text):
        return self.stream.write(text.replace(_DIR, '<dir>'))

    def flush(self):
        self.stream.flush()


_sys.stdout = _RedactDir(_sys.stdout)
import traceback
import sys


def show(fn, *args):
    try:
        fn(*args)
    except BaseException:
        print("".join(traceback.format_exc()).rstrip())
        print("-" * 30)


def attr_chain(obj):
    return obj.first.second.third


def sub_chain(d):
    return d["a"]["b"]["c"]


def arith(a, b, c):
    return a + b * c / (a - a)


def call_in_call(xs):
    return len(str(int(xs[0])))


def method_call(s):
    return s.upper().lower().nonexistent()


class Thing:
    def __init__(self, n):
        self.n = n

    @property
    def half(self):
        return self.n / 0

    def __repr__(self):
        return f"Thing({self.n})"


def prop_access():
    t = Thing(4)
    return t.half


def comprehension():
    return [1 / x for x in [3, 2, 1, 0]]


def nested_lambda():
    f = lambda x: (lambda y: y[10])(x)
    return f([1, 2])


def generator_fail():
    def gen():
        yield 1
        raise KeyError("from gen")
    return list(gen())


def multi_line_call():
    return max(
        1,
        2,
        int("nope"),
    )


def unpack():
    a, b = [1, 2, 3]


def raise_from():
    try:
        {}["k"]
    except KeyError as e:
        raise LookupError("wrapped") from e


def reraise():
    try:
        1 / 0
    except ZeroDivisionError:
        raise


def assertion(x):
    assert x > 10, f"x too small: {x}"


def recursion(n):
    if n == 0:
        return None.attr
    return recursion(n - 1)


def binop_types():
    return "a" + 1


def compare():
    return [] < {}


def bad_call():
    return Thing()


for fn, args in [(attr_chain, (Thing(1),)), (sub_chain, ({"a": {"b": {}}},)), (arith, (1, 2, 3)),
                 (call_in_call, (["x"],)), (method_call, ("s",)), (prop_access, ()), (comprehension, ()),
                 (nested_lambda, ()), (generator_fail, ()), (multi_line_call, ()), (unpack, ()),
                 (raise_from, ()), (reraise, ()), (assertion, (3,)), (recursion, (3,)), (binop_types, ()),
                 (compare, ()), (bad_call, ())]:
    show(fn, *args)

try:
    compile("x = (1,\n  2 +)", "<snippet>", "exec")
except SyntaxError:
    print(traceback.format_exc())
try:
    eval("1 +* 2")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(type(e), e)))
try:
    exec("def f(:\n  pass")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, repr(e.text))

try:
    arith(1, 2, 3)
except ZeroDivisionError as e:
    tb = e.__traceback__
    frames = traceback.extract_tb(tb)
    for fs in frames:
        print(fs.name, fs.lineno, fs.line)
    print(traceback.format_exception_only(type(e), e))
    print(len(traceback.format_tb(tb)))
    traceback.print_exception(e, file=sys.stdout)
    traceback.print_exc(limit=1, file=sys.stdout)
print(repr(traceback.format_exception_only(ValueError, ValueError("x"))))
