import asyncio
import sys


def err(*args):
    # Task reprs name the source file, which the corpus harness rewrites to <dir> on stderr only.
    print(*args, file=sys.stderr)


async def slow():
    await asyncio.sleep(1)


async def quick():
    return 5


async def bad():
    raise ValueError("x")


async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


class Resource:
    async def __aenter__(self):
        print("enter")
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, *exc):
        await asyncio.sleep(0)
        print("exit", exc[0])
        return False


async def main():
    t = asyncio.create_task(slow())
    err(repr(t))
    await asyncio.sleep(0)
    err(repr(t))
    t.cancel()
    err(repr(t))
    await asyncio.sleep(0)
    err(repr(t))
    q = asyncio.create_task(quick())
    await q
    err(repr(q))
    b = asyncio.create_task(bad())
    await asyncio.sleep(0)
    err(repr(b), b.exception())
    f = asyncio.get_running_loop().create_future()
    print(repr(f))
    f.set_result([1, 2])
    print(repr(f))
    f = asyncio.get_running_loop().create_future()
    f.cancel()
    print(repr(f), f.cancelled())
    lock = asyncio.Lock()
    print(repr(lock)[-10:])
    await lock.acquire()
    print(repr(lock)[-8:])
    lock.release()
    print(repr(asyncio.Semaphore(3))[-20:], repr(asyncio.Event())[-8:])
    async with asyncio.TaskGroup() as tg:
        print(repr(tg))
    q = asyncio.Queue()
    q.put_nowait(1)
    print(str(q))

    print([i async for i in ticks(3)])
    async for i in ticks(2):
        print("async for", i)
    async with Resource() as r:
        print("inside", type(r).__name__)
    try:
        async with Resource():
            raise KeyError("k")
    except KeyError:
        print("KeyError propagated")

    def on_done(fut):
        print("done callback:", fut.result())
    t = asyncio.create_task(quick())
    t.add_done_callback(on_done)
    print("removed", t.remove_done_callback(print))
    await t
    await asyncio.sleep(0)
    print(t.get_coro().__name__)
    t.set_name(123)
    print(repr(t.get_name()))
    try:
        t.set_result(1)
    except RuntimeError as e:
        print(e)


asyncio.run(main())
