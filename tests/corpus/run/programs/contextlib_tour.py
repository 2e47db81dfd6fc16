import contextlib
import io
import sys
from contextlib import contextmanager, suppress, ExitStack, redirect_stdout, redirect_stderr, closing, nullcontext

@contextmanager
def tag(name, log):
    log.append(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"!{name}:{e}")
        raise
    finally:
        log.append(f"</{name}>")

log = []
with tag("a", log) as A, tag("b", log) as B:
    log.append(A + B)
print(log)
log = []
try:
    with tag("outer", log):
        with tag("inner", log):
            {}["missing"]
except KeyError as e:
    print("caught", repr(e), log)

@contextmanager
def swallow():
    try:
        yield
    except ZeroDivisionError:
        print("  swallowed")

with swallow():
    1 / 0
print("after swallow")

with suppress(FileNotFoundError, KeyError):
    {}["x"]
print("suppressed")

class Resource:
    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail
    def __enter__(self):
        if self.fail:
            raise OSError(f"cannot open {self.name}")
        print("  open", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("  close", self.name, et.__name__ if et else None)
        return False

with ExitStack() as stack:
    rs = [stack.enter_context(Resource(n)) for n in "xyz"]
    stack.callback(print, "  callback ran", len(rs))
    print("  body")

try:
    with ExitStack() as stack:
        stack.enter_context(Resource("ok"))
        stack.enter_context(Resource("bad", fail=True))
except OSError as e:
    print("OSError:", e)

with ExitStack() as stack:
    stack.enter_context(Resource("kept"))
    later = stack.pop_all()
print("  stack exited, kept still open")
later.close()

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
    print("second", end="!")
print(repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))

class Thing:
    def close(self):
        print("  thing closed")
with closing(Thing()):
    print("  using thing")
with nullcontext(42) as v:
    print("nullcontext", v)

@contextmanager
def bad_gen():
    yield 1
    yield 2
try:
    with bad_gen():
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

class Suppressor:
    def __enter__(self): return self
    def __exit__(self, *exc):
        print("  exit args", exc[0].__name__ if exc[0] else None, exc[1])
        return True
with Suppressor():
    raise ValueError("hidden")
print("continued")

@contextlib.contextmanager
def timer_like(name):
    print(f"  start {name}")
    yield
    print(f"  end {name}")

@timer_like("decorated")
def work():
    print("  working")
work()

async_ctx = contextlib.AsyncExitStack()
print(type(async_ctx).__name__)
try:
    with Resource("r") as r:
        raise KeyError("k")
except KeyError as e:
    print("KeyError", e)
try:
    with 5:
        pass
except TypeError as e:
    print("TypeError:", e)
class NoExit:
    def __enter__(self): pass
try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError:", e)
