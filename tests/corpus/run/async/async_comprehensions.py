# Async comprehensions, await inside comprehensions, async generator expressions.
class Tick:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield ("tick", self.v)
        return self.v * 10
async def arange(n):
    for i in range(n):
        await Tick(i)
        yield i
async def main():
    a = [x async for x in arange(4)]
    b = [await Tick(i) for i in range(3)]
    c = {x: x * x async for x in arange(3) if x}
    d = {x % 2 async for x in arange(5)}
    e = [y async for x in arange(3) for y in range(x)]
    gen = (x * 2 async for x in arange(3))
    f = [v async for v in gen]
    print(type(gen).__name__)
    return a, b, c, d, e, f
coro = main()
ticks = []
while True:
    try:
        ticks.append(coro.send(None))
    except StopIteration as stop:
        for item in stop.value:
            print(item)
        break
print(len(ticks), ticks[:5])
async def early_exit():
    async for v in arange(10):
        if v == 2:
            break
    return v
c = early_exit()
try:
    while True:
        c.send(None)
except StopIteration as s:
    print("broke at", s.value)
