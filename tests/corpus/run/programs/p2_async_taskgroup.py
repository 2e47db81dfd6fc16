"""asyncio 3.11: TaskGroup, timeout(), contextvars, async iterators/context managers, queue.join, shields."""
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")


class Ticker:
    def __init__(self, n, delay=0):
        self.n, self.i, self.delay = n, 0, delay

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        self.i += 1
        return self.i


class Conn:
    opened = 0

    async def __aenter__(self):
        Conn.opened += 1
        await asyncio.sleep(0)
        print(f"  conn open ({Conn.opened})")
        return self

    async def __aexit__(self, et, ev, tb):
        Conn.opened -= 1
        print(f"  conn close, error={et.__name__ if et else None}")
        return False


async def handle(i):
    request_id.set(f"req-{i}")
    await asyncio.sleep(0.001 * (3 - i % 3))
    return f"{request_id.get()} done"


async def failing(i, delay):
    await asyncio.sleep(delay)
    raise ValueError(f"worker {i} failed")


async def worker(name, q, results):
    while True:
        item = await q.get()
        try:
            await asyncio.sleep(0)
            results.append((item, name))
        finally:
            q.task_done()


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(handle(i)) for i in range(5)]
    print([t.result() for t in tasks], "outer id:", request_id.get())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing(1, 0.001))
            tg.create_task(failing(2, 0.2))
            slow = tg.create_task(asyncio.sleep(10))
    except* ValueError as eg:
        print("TaskGroup errors:", sorted(str(e) for e in eg.exceptions), "slow cancelled:", slow.cancelled())

    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(5)
    except TimeoutError as e:
        print("timeout() raised", type(e).__name__)
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0)
    print("no timeout, expired:", cm.expired())

    print([i async for i in Ticker(4)], [i * i async for i in Ticker(3) if i != 2])
    total = 0
    async for v in Ticker(5):
        total += v
    print("total", total)

    try:
        async with Conn():
            async with Conn():
                raise KeyError("inner")
    except KeyError as e:
        print("propagated", e)

    q = asyncio.Queue()
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", q, results)) for i in range(3)]
    for item in range(9):
        q.put_nowait(item)
    await q.join()
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print(sorted(x for x, _ in results), [type(r).__name__ for r in res])

    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "in-copy")
    print(ctx[request_id], request_id.get(), list(ctx.keys()) == [request_id])
    token = request_id.set("temp")
    request_id.reset(token)
    print(request_id.get())

    inner = asyncio.create_task(asyncio.sleep(0.01, result="shielded"))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.001)
    except TimeoutError:
        print("shield timed out, inner cancelled?", inner.cancelled())
    print(await inner)
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel("because")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancel message:", e.args)
    print(asyncio.current_task().get_name().startswith("Task-"), len(asyncio.all_tasks()))


asyncio.run(main())
