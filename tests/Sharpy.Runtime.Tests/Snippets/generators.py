def gen():
    x = yield 1
    print("got", x)
    y = yield x * 2
    return y
g = gen()
print(next(g), g.send(10))
try:
    g.send(5)
except StopIteration as e:
    print("return", e.value)
def inner():
    yield 1
    yield 2
    return "inner-done"
def outer():
    r = yield from inner()
    print("r =", r)
    yield 3
print(list(outer()))
def counter():
    try:
        while True:
            yield
    except GeneratorExit:
        print("closing")
c = counter(); next(c); c.close()
def bad():
    raise StopIteration
    yield
try:
    next(bad())
except RuntimeError as e:
    print("RuntimeError:", e)
print(sum(x * x for x in range(5)), [y for y in (z + 1 for z in range(3))])
def thrower():
    try:
        yield 1
    except ValueError as e:
        yield "handled " + str(e)
t = thrower(); next(t)
print(t.throw(ValueError("boom")))
async def co(x):
    return x + 1
async def main():
    a = await co(1)
    b = await co(a)
    return a, b
m = main()
try:
    m.send(None)
except StopIteration as e:
    print("async result", e.value)
async def agen():
    for i in range(3):
        yield i
async def use():
    out = []
    async for v in agen():
        out.append(v)
    return out
u = use()
try:
    u.send(None)
except StopIteration as e:
    print("async for", e.value)
