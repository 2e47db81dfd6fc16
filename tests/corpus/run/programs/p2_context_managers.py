"""Context managers: class-based, contextlib, ExitStack, suppress, redirect_stdout, nested errors."""
import contextlib
import io
import sys
from contextlib import contextmanager, ExitStack, suppress, redirect_stdout, closing, nullcontext


class Resource:
    opened = []

    def __init__(self, name, fail_on_exit=False):
        self.name = name
        self.fail_on_exit = fail_on_exit

    def __enter__(self):
        Resource.opened.append(self.name)
        print(f"open {self.name}")
        return self

    def __exit__(self, et, ev, tb):
        Resource.opened.remove(self.name)
        print(f"close {self.name} exc={et.__name__ if et else None}")
        if self.fail_on_exit:
            raise RuntimeError(f"close of {self.name} failed")
        return et is KeyError


with Resource("a") as a, Resource("b") as b:
    print("inside", a.name, b.name)

with Resource("swallow"):
    raise KeyError("gone")
print("KeyError was swallowed")

try:
    with Resource("outer"):
        with Resource("inner", fail_on_exit=True):
            raise ValueError("body")
except RuntimeError as e:
    print("caught", e, "context:", repr(e.__context__))


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ZeroDivisionError:
        print(f"<!-- {name} saw ZeroDivisionError -->")
    finally:
        print(f"</{name}>")


with tag("html") as t1:
    with tag("body") as t2:
        print("  content", t1, t2)
with tag("div"):
    1 / 0
print("after div")


@contextmanager
def broken():
    yield 1
    yield 2


try:
    with broken():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

with ExitStack() as stack:
    rs = [stack.enter_context(Resource(f"r{i}")) for i in range(3)]
    stack.callback(print, "callback ran")
    print("opened:", Resource.opened)
print("after stack:", Resource.opened)

with ExitStack() as stack:
    stack.enter_context(Resource("keep"))
    moved = stack.pop_all()
print("moved still open:", Resource.opened)
moved.close()

with suppress(FileNotFoundError, ZeroDivisionError):
    open("/definitely/not/here.txt")
print("suppressed")

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line 1")
    print("captured", 2, sep="-")
print("buffer:", repr(buf.getvalue()))

with contextlib.redirect_stderr(io.StringIO()) as err:
    print("to stderr", file=sys.stderr)
print("stderr captured:", err.getvalue().strip())


class Conn:
    def close(self):
        print("conn closed")


with closing(Conn()):
    print("using conn")
with nullcontext(42) as v:
    print("nullcontext", v)


class Timer(contextlib.ContextDecorator):
    def __enter__(self):
        print("timer start")
        return self

    def __exit__(self, *exc):
        print("timer stop", exc[0].__name__ if exc[0] else "ok")
        return False


@Timer()
def work(x):
    print("working", x)
    return x * 2


print(work(21))


class Reentrant:
    def __init__(self):
        self.depth = 0

    def __enter__(self):
        self.depth += 1
        return self.depth

    def __exit__(self, *a):
        self.depth -= 1


r = Reentrant()
with r as d1:
    with r as d2:
        print("depths", d1, d2)
print("final depth", r.depth)


@contextlib.contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
    except Exception as e:
        log.append(f"rollback({e})")
        raise
    else:
        log.append("commit")


log = []
with transaction(log):
    log.append("work1")
try:
    with transaction(log):
        log.append("work2")
        raise ValueError("boom")
except ValueError:
    pass
print(log)


def gen_with():
    with Resource("gen-res"):
        yield 1
        yield 2


g = gen_with()
print(next(g))
g.close()
print("after gen close", Resource.opened)
with Resource("final", fail_on_exit=True):
    print("last block")
