import asyncio
import random
import time


async def count():
    print("One")
    await asyncio.sleep(0.3)
    print("Two")


async def countdown(name, n, delay):
    while n > 0:
        print(f"{name}: {n}")
        await asyncio.sleep(delay)
        n -= 1
    return f"{name} done"


async def producer(queue, name, n):
    for i in range(n):
        await asyncio.sleep(0)
        item = f"{name}-{i}"
        await queue.put(item)
        print(f"produced {item}")


async def consumer(queue, name, delay):
    while True:
        item = await queue.get()
        await asyncio.sleep(delay)
        print(f"{name} consumed {item}")
        queue.task_done()


async def fetch(session_id, delay):
    await asyncio.sleep(delay)
    return {"id": session_id, "delay": delay}


async def main():
    start = time.perf_counter()
    await asyncio.gather(count(), count(), count())
    elapsed = time.perf_counter() - start
    print("three counts overlapped:", elapsed < 0.9)   # one after another would take 0.9 s

    print(await asyncio.gather(countdown("A", 3, 0.02), countdown("B", 2, 0.02), countdown("C", 1, 0.02)))

    queue = asyncio.Queue(maxsize=3)
    consumers = [asyncio.create_task(consumer(queue, f"c{i}", d)) for i, d in enumerate((0, 0))]   # no timers: the order must not depend on a loaded machine
    await asyncio.gather(producer(queue, "p", 5))
    await queue.join()
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)

    # fan-out with a semaphore limiting concurrency
    sem = asyncio.Semaphore(2)
    order = []

    async def limited(i):
        async with sem:
            order.append(("start", i))
            await asyncio.sleep(0.01)
            order.append(("end", i))
            return i * i

    print(await asyncio.gather(*(limited(i) for i in range(5))))
    print(order)

    # timeouts around slow work
    results = []
    for delay in (0.01, 5.0):   # far apart: a loaded test machine may stall the loop
        try:
            results.append(await asyncio.wait_for(fetch(len(results), delay), timeout=1.0))
        except asyncio.TimeoutError:
            results.append("timeout")
    print(results)

    # first result wins
    tasks = [asyncio.create_task(fetch(i, d)) for i, d in enumerate((3.0, 0.01, 2.0))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print([t.result()["id"] for t in done], len(pending))
    for t in pending:
        t.cancel()

    # events coordinating start
    go = asyncio.Event()

    async def runner(i):
        await go.wait()
        print("runner", i, "started")

    runners = [asyncio.create_task(runner(i)) for i in range(3)]
    await asyncio.sleep(0.01)
    print("releasing runners")
    go.set()
    await asyncio.gather(*runners)

    # periodic task cancelled after a while
    ticks = []

    async def ticker():
        try:
            while True:
                ticks.append(len(ticks))
                await asyncio.sleep(0.01)
        except asyncio.CancelledError:
            ticks.append("cancelled")
            raise

    t = asyncio.create_task(ticker())
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        pass
    print(ticks[-1], len(ticks) >= 2)

    # run blocking-ish code in a thread helper and get the loop time
    print(await asyncio.to_thread(sum, [1, 2, 3]))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "later")
    print(await fut)


asyncio.run(main())
