# aclose()/athrow() on async generators in every state, driven by send().
def drive(aw):
    try:
        r = aw.send(None)
        print("yielded", r)
    except BaseException as e:
        print("raised", type(e).__name__, e.args)
async def g():
    yield 1
a = g()
drive(a.__anext__()); drive(a.__anext__()); drive(a.aclose()); drive(a.athrow(ValueError("x"))); drive(a.__anext__())
b = g()
drive(b.aclose()); drive(b.__anext__())
c = g()
drive(c.athrow(ValueError("y"))); drive(c.__anext__())
async def h():
    try:
        yield 1
    except ValueError:
        yield 2
    yield 3
d = h(); drive(d.__anext__()); drive(d.athrow(ValueError)); drive(d.aclose()); drive(d.__anext__())
e = h(); drive(e.__anext__()); drive(e.athrow(KeyError))
async def k():
    try:
        yield 1
    finally:
        return
f = k(); drive(f.__anext__()); drive(f.aclose())
async def m():
    try:
        yield 1
    except GeneratorExit:
        yield 5
f = m(); drive(f.__anext__()); drive(f.aclose()); drive(f.aclose())
aw = f.aclose(); drive(aw); drive(aw)
async def self_await():
    return await me
me = self_await()
try:
    me.send(None)
except ValueError as exc:
    print("ValueError:", exc)
