# An exception escaping a coroutine that is driven by hand with send().
class Step:
    def __await__(self):
        yield "step"
async def fetch(key):
    await Step()
    return {"a": 1}[key]
async def main():
    first = await fetch("a")
    print("first", first)
    return await fetch("b")
coro = main()
coro.send(None)
coro.send(None)
coro.send(None)
