# Coroutines driven by hand with send(), no event loop.
class Suspend:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        print("suspending with", self.value)
        reply = yield self.value
        print("resumed with", reply)
        return reply * 2
async def add_later(a):
    b = await Suspend("need b")
    return a + b
async def main():
    x = await add_later(1)
    print("x =", x)
    y = await add_later(x)
    print("y =", y)
    return x + y
coro = main()
print(type(coro).__name__, coro.__name__, coro.__qualname__)
step = coro.send(None)
print("yielded", step)
step = coro.send(10)
print("yielded", step)
try:
    coro.send(100)
except StopIteration as e:
    print("result", e.value)
async def simple():
    return "immediate"
c = simple()
try:
    c.send(None)
except StopIteration as e:
    print("simple ->", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
def run(coro, replies):
    replies = iter(replies)
    value = None
    while True:
        try:
            request = coro.send(value)
        except StopIteration as stop:
            return stop.value
        value = next(replies)
        print("  request", request, "-> reply", value)
print(run(main(), [3, 4]))
