import asyncio

async def fetch(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ConnectionError(f"{name} failed")
    return f"{name}:{delay}"

async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("  slow cancelled")
        raise

async def main():
    print(await asyncio.gather(fetch("a", 0.02), fetch("b", 0.01), fetch("c", 0)))
    res = await asyncio.gather(fetch("x", 0.01), fetch("y", 0, fail=True), return_exceptions=True)
    print([repr(r) for r in res])
    try:
        await asyncio.gather(fetch("p", 0), fetch("q", 0, fail=True))
    except ConnectionError as e:
        print("gather raised", e)
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, isinstance(e, TimeoutError))
    print(await asyncio.wait_for(fetch("quick", 0), timeout=1))
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(fetch("t1", 0.01))
        t2 = tg.create_task(fetch("t2", 0))
    print(t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("ok", 0))
            tg.create_task(fetch("bad1", 0, fail=True))
            tg.create_task(fetch("bad2", 0.001, fail=True))
            tg.create_task(slow())
    except* ConnectionError as eg:
        print("taskgroup errors", sorted(str(e) for e in eg.exceptions))
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("asyncio.timeout fired")
    task = asyncio.create_task(slow(), name="slowpoke")
    await asyncio.sleep(0)
    print(task.get_name(), task.done())
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("task cancelled", task.cancelled())
    done, pending = await asyncio.wait([asyncio.create_task(fetch(n, d)) for n, d in [("w1", 0.03), ("w2", 0.0)]], return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    order = []
    for coro in asyncio.as_completed([fetch("s3", 0.03), fetch("s1", 0.01), fetch("s2", 0.02)]):
        order.append(await coro)
    print(order)
    q = asyncio.Queue()
    async def prod():
        for i in range(5):
            await q.put(i)
        await q.put(None)
    async def cons():
        out = []
        while (i := await q.get()) is not None:
            out.append(i * 10)
        return out
    _, got = await asyncio.gather(prod(), cons())
    print(got)
    lock = asyncio.Lock()
    shared = []
    async def locked(i):
        async with lock:
            shared.append(i)
            await asyncio.sleep(0)
            shared.append(-i)
    await asyncio.gather(*(locked(i) for i in range(1, 4)))
    print(shared)
    ev = asyncio.Event()
    async def setter():
        await asyncio.sleep(0.001)
        ev.set()
    await asyncio.gather(ev.wait(), setter())
    print("event", ev.is_set())
    sem = asyncio.Semaphore(2)
    active = [0, 0]
    async def limited(i):
        async with sem:
            active[0] += 1
            active[1] = max(active[1], active[0])
            await asyncio.sleep(0.001)
            active[0] -= 1
    await asyncio.gather(*(limited(i) for i in range(6)))
    print("max concurrent", active[1])
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(fut.set_result, "future done")
    print(await fut)
    async def agen():
        for i in range(3):
            await asyncio.sleep(0)
            yield i
    print([x async for x in agen()])
    print(await asyncio.shield(fetch("shielded", 0)))
    r = await asyncio.to_thread(sum, [1, 2, 3])
    print("to_thread", r)
    return "main done"

print(asyncio.run(main()))
async def bad():
    raise KeyError("async boom")
try:
    asyncio.run(bad())
except KeyError as e:
    print("KeyError", e)
coro = fetch("never", 0)
print(type(coro).__name__, asyncio.iscoroutine(coro))
coro.close()
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)
