# async with / async for with hand-written protocol objects.
class Step:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        print("  await", self.label)
        return (yield self.label)
class AsyncCM:
    async def __aenter__(self):
        print("aenter")
        await Step("enter")
        return "resource"
    async def __aexit__(self, et, ev, tb):
        print("aexit", et.__name__ if et else None, ev)
        await Step("exit")
        return et is KeyError
class AsyncRange:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Step("next %d" % self.i)
        return self.i
async def main():
    async with AsyncCM() as r:
        print("inside with", r)
    async with AsyncCM():
        raise KeyError("suppressed by aexit")
    async for v in AsyncRange(3):
        print("loop value", v)
    else:
        print("async for else")
    try:
        async with AsyncCM():
            raise ValueError("propagates")
    except ValueError as e:
        print("caught", e)
    return "main done"
coro = main()
value = None
steps = 0
while True:
    try:
        got = coro.send(value)
    except StopIteration as e:
        print("result:", e.value, "steps:", steps)
        break
    steps += 1
    value = None
class NoAiter:
    pass
async def bad_for():
    async for _ in NoAiter():
        pass
try:
    bad_for().send(None)
except TypeError as e:
    print("TypeError:", e)
async def bad_with():
    async with NoAiter():
        pass
try:
    bad_with().send(None)
except TypeError as e:
    print("TypeError:", e)
