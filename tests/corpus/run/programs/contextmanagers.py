"""Context managers: suppression, ExitStack, nested enter/exit ordering, generator CMs."""
from contextlib import contextmanager, suppress, ExitStack, closing, nullcontext, redirect_stdout
import io

class Resource:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print(f"enter {self.name}")
        return self
    def __exit__(self, et, ev, tb):
        print(f"exit {self.name} et={et.__name__ if et else None} ev={ev!r}")
        return self.swallow

with Resource("a"), Resource("b", swallow=True) as b:
    print("body uses", b.name)
    raise ValueError("inside")
print("after suppressed")

try:
    with Resource("outer"):
        with Resource("inner"):
            raise KeyError("deep")
except KeyError as e:
    print("caught", repr(e))

with suppress(FileNotFoundError, ZeroDivisionError):
    1 / 0
    print("never")
print("suppress ok")

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except RuntimeError as e:
        print(f"  tag {name} handled {e}")
    finally:
        print(f"</{name}>")

with tag("div") as t:
    with tag("p"):
        print("  text", t)
with tag("span"):
    raise RuntimeError("oops")
print("continued")

@contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
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
    @stack.push
    def on_exit(et, ev, tb):
        print("pushed exit sees", et)
    print("stack body", [r.name for r in rs])

with ExitStack() as stack:
    stack.enter_context(Resource("kept"))
    moved = stack.pop_all()
print("popped; now closing moved")
moved.close()

class Conn:
    def close(self):
        print("conn closed")
with closing(Conn()):
    print("using conn")
with nullcontext(5) as v:
    print("null gives", v)
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured!")
print("buf:", buf.getvalue().strip())
try:
    with Resource("x") as r, open("/definitely/not/here") as f:
        pass
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)
class OnlyEnter:
    def __enter__(self):
        return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError:", e)
