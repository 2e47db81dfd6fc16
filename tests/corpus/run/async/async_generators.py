# Async generators driven manually through __anext__().send().
async def agen(n):
    for i in range(n):
        print("agen yielding", i)
        yield i * 10
    print("agen finished")
def drive(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("unexpected suspension")
ag = agen(3)
print(type(ag).__name__, ag.__name__)
for _ in range(3):
    print("got", drive(ag.__anext__()))
try:
    drive(ag.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration")
async def consumer():
    total = []
    async for v in agen(4):
        total.append(v)
    return total
print(drive(consumer()))
async def comp():
    return [v async for v in agen(3) if v != 10]
print(drive(comp()))
async def dict_comp():
    return {v: v // 10 async for v in agen(2)}
print(drive(dict_comp()))
async def with_asend():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    print("received", received)
g = with_asend()
print(drive(g.asend(None)))
print(drive(g.asend("a")))
print(drive(g.asend("b")))
try:
    drive(g.asend(None))
except StopAsyncIteration:
    print("asend end")
async def closable():
    try:
        yield 1
        yield 2
    finally:
        print("closable finally")
c = closable()
print(drive(c.__anext__()))
drive(c.aclose())
print("aclosed")
async def athrow_target():
    try:
        yield "ready"
    except KeyError as e:
        print("caught", repr(e))
        yield "after"
t = athrow_target()
print(drive(t.__anext__()))
print(drive(t.athrow(KeyError("k"))))
