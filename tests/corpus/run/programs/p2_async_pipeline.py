"""asyncio: producer/consumer with Queue, gather, wait_for timeouts, semaphores, cancellation."""
import asyncio


class Stats:
    def __init__(self):
        self.events = []

    def log(self, msg):
        self.events.append(msg)
        print(msg)


stats = Stats()


async def producer(q, name, items):
    for it in items:
        await asyncio.sleep(0)
        await q.put((name, it))
        stats.log(f"{name} produced {it}")
    await q.put((name, None))


async def consumer(q, n_producers):
    done = 0
    total = 0
    while done < n_producers:
        name, it = await q.get()
        q.task_done()
        if it is None:
            done += 1
            stats.log(f"consumer saw end of {name}")
            continue
        total += it
        stats.log(f"consumed {name}:{it} total={total}")
    return total


async def slow(value, delay):
    await asyncio.sleep(delay)
    return value


async def limited(sem, i, active, peak):
    async with sem:
        active[0] += 1
        peak[0] = max(peak[0], active[0])
        await asyncio.sleep(0.001 * (i % 3))
        active[0] -= 1
        return i * i


async def forever(flag):
    try:
        while True:
            await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        flag.append("cancelled cleanly")
        raise


async def fails(n):
    await asyncio.sleep(0)
    if n % 2:
        raise ValueError(f"odd {n}")
    return n


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * 10


async def main():
    q = asyncio.Queue(maxsize=2)
    results = await asyncio.gather(
        producer(q, "P1", [1, 2, 3]),
        producer(q, "P2", [10, 20]),
        consumer(q, 2),
    )
    print("gather results:", results)

    try:
        await asyncio.wait_for(slow("late", 1.0), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out as expected")
    print("in time:", await asyncio.wait_for(slow("fast", 0), timeout=1))

    sem = asyncio.Semaphore(3)
    active, peak = [0], [0]
    squares = await asyncio.gather(*(limited(sem, i, active, peak) for i in range(10)))
    print("squares:", squares, "peak concurrency:", peak[0])

    flag = []
    task = asyncio.create_task(forever(flag), name="looper")
    await asyncio.sleep(0.02)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("task cancelled:", task.cancelled(), flag, task.get_name())

    res = await asyncio.gather(*(fails(i) for i in range(5)), return_exceptions=True)
    print([type(r).__name__ if isinstance(r, Exception) else r for r in res])
    try:
        await asyncio.gather(fails(2), fails(3))
    except ValueError as e:
        print("gather raised:", e)

    print("async gen:", [x async for x in agen(5)])
    tasks = [asyncio.create_task(slow(i, 0.001 * (5 - i))) for i in range(5)]
    order = []
    for fut in asyncio.as_completed(tasks):
        order.append(await fut)
    print("as_completed:", sorted(order))
    done, pending = await asyncio.wait(tasks)
    print("wait:", len(done), len(pending), sorted(t.result() for t in done))

    ev = asyncio.Event()
    seen = []

    async def waiter(i):
        await ev.wait()
        seen.append(i)

    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("before set:", seen)
    ev.set()
    await asyncio.gather(*ws)
    print("after set:", seen)

    lock = asyncio.Lock()
    counter = {"n": 0}

    async def incr():
        for _ in range(100):
            async with lock:
                v = counter["n"]
                await asyncio.sleep(0)
                counter["n"] = v + 1

    await asyncio.gather(*(incr() for _ in range(4)))
    print("counter:", counter["n"], "locked:", lock.locked())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "from call_soon")
    print(await fut)
    return len(stats.events)


print("events:", asyncio.run(main()))
