import inspect

def coroutine(fn):
    def start(*a, **k):
        g = fn(*a, **k)
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
            value = yield avg
        except ValueError as e:
            print("  averager got", repr(e))
            continue
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)

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
            item = yield
            print(prefix, item)
    except GeneratorExit:
        print(prefix, "closed")

@coroutine
def counter(target):
    n = 0
    while True:
        item = yield n
        n += 1
        target.send(f"{n}:{item}")

a = averager()
for v in [10, 20, 30]:
    print("avg", a.send(v))
print(a.throw(ValueError("bad sample")))
print("avg", a.send(40))
try:
    a.send(None)
except StopIteration as e:
    print("result", e.value)
print(inspect.getgeneratorstate(a))

p = printer(">>")
pipeline = grep("py", counter(p))
for line in ["python rocks", "java", "pypy too", "cpython", "rust"]:
    pipeline.send(line)
pipeline.close()
p.close()
print(inspect.getgeneratorstate(p))

def delegator():
    result = yield from averager_raw()
    print("  delegate finished with", result)
    yield "after"

def averager_raw():
    total = 0
    n = 0
    while True:
        v = yield
        if v is None:
            return total / n if n else 0
        total += v
        n += 1

d = delegator()
next(d)
for v in (1, 2, 3, 4):
    d.send(v)
print(d.send(None))

def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup")

g = gen_with_finally()
print(next(g))
g.close()
print(list(gen_with_finally()))

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

def thrower():
    yield 1
    raise StopIteration("oops")
try:
    list(thrower())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

fresh = averager_raw()
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)
g = (x * x for x in range(3))
print(next(g), g.send(None), list(g))
try:
    next(g)
except StopIteration:
    print("exhausted", inspect.getgeneratorstate(g))
def running():
    yield gen_ref.send(None)
gen_ref = running()
try:
    next(gen_ref)
except ValueError as e:
    print("ValueError:", e)
def ret():
    return 5
    yield
try:
    next(ret())
except StopIteration as e:
    print("StopIteration value", e.value, e.args)
print(inspect.isgeneratorfunction(averager_raw), inspect.isgenerator(g), type(g).__name__)
