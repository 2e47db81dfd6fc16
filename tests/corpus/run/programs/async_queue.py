import asyncio
import random


async def producer(name, queue, n, rng):
    for i in range(n):
        item = f"{name}-{i}"
        await asyncio.sleep(0)
        rng.random()
        await queue.put(item)
        print(f"{name} produced {item} (qsize={queue.qsize()})")
    return n


async def consumer(name, queue, results):
    while True:
        item = await queue.get()
        try:
            if item is None:
                print(f"{name} got sentinel")
                return
            results.append((name, item))
        finally:
            queue.task_done()


async def slow(x, delay):
    await asyncio.sleep(delay)
    if x == 3:
        raise ValueError(f"bad value {x}")
    return x * x


async def pipeline():
    rng = random.Random(42)
    queue = asyncio.Queue(maxsize=2)
    results = []
    consumers = [asyncio.create_task(consumer(f"c{i}", queue, results), name=f"cons{i}") for i in range(2)]
    produced = await asyncio.gather(producer("p0", queue, 3, rng), producer("p1", queue, 2, rng))
    await queue.join()
    for _ in consumers:
        await queue.put(None)
    await asyncio.gather(*consumers)
    print("produced", produced, "consumed", len(results))
    print(sorted(item for _, item in results))

    res = await asyncio.gather(*(slow(i, 0.001 * (5 - i)) for i in range(5)), return_exceptions=True)
    print([r if not isinstance(r, Exception) else f"{type(r).__name__}({r})" for r in res])

    try:
        await asyncio.wait_for(slow(1, 1), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")

    task = asyncio.create_task(slow(2, 10))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled:", task.cancelled(), task.done())

    lock = asyncio.Lock()
    counter = {"n": 0}

    async def bump(k):
        for _ in range(k):
            async with lock:
                v = counter["n"]
                await asyncio.sleep(0)
                counter["n"] = v + 1

    await asyncio.gather(*(bump(10) for _ in range(5)))
    print("counter", counter["n"], lock.locked())

    event = asyncio.Event()

    async def waiter(i):
        await event.wait()
        return i

    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("set?", event.is_set())
    event.set()
    print("waiters", await asyncio.gather(*ws))

    sem = asyncio.Semaphore(2)
    active = []
    peak = [0]

    async def limited(i):
        async with sem:
            active.append(i)
            peak[0] = max(peak[0], len(active))
            await asyncio.sleep(0.001)
            active.remove(i)
        return i

    print(await asyncio.gather(*(limited(i) for i in range(6))), "peak", peak[0])

    async def agen(n):
        for i in range(n):
            await asyncio.sleep(0)
            yield i * 3

    print([x async for x in agen(4)])
    done, pending = await asyncio.wait([asyncio.create_task(slow(i, 0.001)) for i in (1, 2)])
    print(sorted(t.result() for t in done), len(pending))
    return "ok"


print(asyncio.run(pipeline()))
