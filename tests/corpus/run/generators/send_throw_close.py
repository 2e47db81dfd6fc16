# send, throw and close.
def echo():
    print("echo started")
    received = None
    try:
        while True:
            received = yield f"echo:{received}"
            print("received", received)
    except GeneratorExit:
        print("GeneratorExit caught, cleaning up")
        raise
    finally:
        print("finally in echo")
g = echo()
print(g.send(None))
print(g.send("a"))
print(g.send(42))
g.close()
g.close()
try:
    g.send(1)
except StopIteration:
    print("send after close -> StopIteration")
g2 = echo()
try:
    g2.send("x")
except TypeError as e:
    print("TypeError:", e)
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught in gen:", e)
            yield "recovered"
c = catcher()
print(next(c))
print(c.throw(ValueError("boom")))
print(next(c))
try:
    c.throw(KeyError("not caught"))
except KeyError as e:
    print("propagated:", repr(e))
print(next(c, "closed"))
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
ig = ignore_exit()
next(ig)
try:
    ig.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def returns_on_close():
    try:
        yield 1
    finally:
        print("cleanup on close")
r = returns_on_close()
next(r)
r.close()
unstarted = returns_on_close()
unstarted.close()
print("unstarted closed without cleanup")
def accumulate():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
a = accumulate()
next(a)
for v in [1, 2, 3]:
    print("running total", a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("final", e.value)
t = catcher()
try:
    t.throw(ValueError, ValueError("before start"))
except ValueError as e:
    print("throw before start:", e)
