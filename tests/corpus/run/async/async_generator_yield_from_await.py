# Async generators that await inside, delegate manually, and interact with try/finally.
class Tick:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        return (yield self.label)
async def numbers(n):
    try:
        for i in range(n):
            got = await Tick(f"before {i}")
            yield i, got
    finally:
        print("numbers finally")
async def doubled(n):
    async for i, got in numbers(n):
        yield i * 2, got
async def main():
    out = []
    async for item in doubled(3):
        out.append(item)
    agen = numbers(5)
    first = await agen.__anext__()
    await agen.aclose()
    return out, first
coro = main()
reply = None
counter = 0
while True:
    try:
        label = coro.send(reply)
    except StopIteration as stop:
        print("result", stop.value)
        break
    counter += 1
    reply = f"reply{counter}"
    print("suspended at", label, "-> sending", reply)
async def gen_with_return_value():
    yield 1
    return
print(type(gen_with_return_value()).__name__)
try:
    compile("async def f():\n    yield 1\n    return 2\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile("async def f():\n    yield from []\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile("def f():\n    async for x in y:\n        pass\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
