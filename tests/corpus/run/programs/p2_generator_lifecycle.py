"""Generator lifecycle: close/throw/finally ordering, return values, yield from delegation, gi_* attributes."""
import inspect


def worker(name):
    print(f"  {name}: start")
    try:
        total = 0
        while True:
            try:
                x = yield total
            except ValueError as e:
                print(f"  {name}: recovered from {e}")
                continue
            if x is None:
                break
            total += x
        return total
    except GeneratorExit:
        print(f"  {name}: GeneratorExit")
        raise
    finally:
        print(f"  {name}: finally")


g = worker("A")
print(inspect.getgeneratorstate(g))
print(next(g), inspect.getgeneratorstate(g))
print(g.send(5), g.send(7))
print(g.throw(ValueError("bad input")))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value, inspect.getgeneratorstate(g))

g = worker("B")
next(g)
g.close()
print("closed state:", inspect.getgeneratorstate(g))
g.close()

g = worker("C")
next(g)
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def inner():
    received = []
    try:
        while len(received) < 3:
            received.append((yield len(received)))
    finally:
        print("  inner finally, got", received)
    return received


def outer():
    result = yield from inner()
    print("  outer got", result)
    yield "outer-done"


o = outer()
print(next(o), o.send("a"), o.send("b"), o.send("c"))
try:
    next(o)
except StopIteration:
    print("outer exhausted")


def counter():
    n = 0
    while True:
        n += 1
        yield n


c = counter()
for v in c:
    if v == 3:
        break
print("after break:", next(c), c.gi_running, c.gi_frame is not None, c.__name__, c.__qualname__)


def gen_in_loop():
    for i in range(3):
        try:
            yield i
        finally:
            print(f"  cleanup {i}")


for v in gen_in_loop():
    print("got", v)
    if v == 1:
        break
print("loop broken")


def raiser():
    yield 1
    raise StopIteration("inside")


try:
    list(raiser())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def running_check():
    yield gen.gi_running


gen = running_check()
print(next(gen))
try:
    def self_ref():
        yield next(me)
    me = self_ref()
    next(me)
except ValueError as e:
    print("ValueError:", e)
pipeline = (x * 2 for x in (y + 1 for y in range(5)) if x % 2)
print(list(pipeline), list(pipeline))
