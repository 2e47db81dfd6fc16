# asyncio installs sys.set_asyncgen_hooks while its loop runs: an async generator left by `async for` goes to
# the finalizer hook at once (aclose() scheduled on the loop); the others are closed by shutdown_asyncgens().
import asyncio, sys
async def agen(tag):
    try:
        for i in range(5):
            yield i
    finally:
        print("finally", tag)
        await asyncio.sleep(0)
        print("finally done", tag)
async def main():
    print(sys.get_asyncgen_hooks().firstiter is not None)
    async for x in agen("a"):
        if x == 1: break
    g = agen("b")
    print(await g.__anext__())
    await g.aclose()
    async for x in agen("c"):
        pass
    print("main end")
asyncio.run(main())
print(sys.get_asyncgen_hooks())
print("done")


async def left_open(tag):
    try:
        yield 1
        yield 2
    finally:
        print("closed at shutdown", tag)


async def keeps_one():
    g = left_open("kept")
    print(await g.__anext__())
    print("returning without closing")
    return g


kept = asyncio.run(keeps_one())
print("after run", kept.ag_frame is None)


def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def plain(tag):
    try:
        for i in range(5):
            yield i
    finally:
        print("finally", tag)


async def no_loop():
    async for x in plain("no loop"):
        if x == 2:
            return x


print("no loop", drive(no_loop()))
