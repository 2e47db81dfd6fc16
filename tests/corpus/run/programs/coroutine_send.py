"""send-based coroutines: running averages, grep pipeline, throw/close, yield from return."""
import itertools

def coroutine(fn):
    def start(*a, **kw):
        g = fn(*a, **kw)
        next(g)
        return g
    start.__name__ = fn.__name__
    return start

@coroutine
def averager():
    total = count = 0
    avg = None
    while True:
        try:
            x = yield avg
        except ValueError as e:
            print("  averager reset:", e)
            total = count = 0
            avg = None
            continue
        if x is None:
            break
        total += x
        count += 1
        avg = total / count
    return (count, avg)

a = averager()
for v in (10, 20, 60):
    print("avg", a.send(v))
print("thrown ->", a.throw(ValueError("reset please")))
print("avg", a.send(5))
try:
    a.send(None)
except StopIteration as e:
    print("finished with", e.value)

@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)

@coroutine
def printer(prefix):
    try:
        while True:
            line = yield
            print(prefix, line)
    except GeneratorExit:
        print(prefix, "closed")

p = printer(">>")
g = grep("py", p)
for line in ["python rocks", "java", "pypy fast", "cpython"]:
    g.send(line)
g.close()
p.close()
p.close()

def delegator():
    result = yield from sub()
    print("sub returned", result)
    yield "after"

def sub():
    x = yield "first"
    y = yield f"got {x}"
    return x + y

d = delegator()
print(next(d), d.send(3), d.send(4))
print(list(d))

def gen_with_return():
    yield 1
    return "done"
print(list(gen_with_return()))
g = gen_with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value, e.args)

def counter():
    n = 0
    while True:
        cmd = yield n
        n = 0 if cmd == "reset" else n + 1
c = counter()
print([next(c) for _ in range(3)], c.send("reset"), next(c))
print(list(itertools.islice(counter(), 5)))
g2 = averager()
try:
    g2.throw(KeyError, "bad")
except KeyError as e:
    print("KeyError propagated", e)
print(g2.gi_frame is None, g2.gi_running)
fresh = counter()
try:
    fresh.send(1)
except TypeError as e:
    print("TypeError:", e)
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def reenter():
    yield next(me)
me = reenter()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
