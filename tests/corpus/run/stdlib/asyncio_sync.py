import asyncio


async def producer(q, name, items):
    for i in items:
        await q.put((name, i))
        print(f"{name} put {i} (size {q.qsize()})")
    print(f"{name} done producing")


async def consumer(q, name, n):
    got = []
    for _ in range(n):
        item = await q.get()
        print(f"{name} got {item}")
        got.append(item)
        q.task_done()
        await asyncio.sleep(0)
    return got


async def queues():
    q = asyncio.Queue(maxsize=2)
    print(q, q.maxsize, q.empty(), q.full())
    prods = [asyncio.create_task(producer(q, "p1", range(3))),
             asyncio.create_task(producer(q, "p2", range(2)))]
    cons = asyncio.create_task(consumer(q, "c", 5))
    await asyncio.gather(*prods)
    await q.join()
    print("joined; consumer got", await cons)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty", repr(asyncio.QueueEmpty()))
    q.put_nowait(1)
    q.put_nowait(2)
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull")
    print(q)
    q.get_nowait(); q.task_done(); q.get_nowait(); q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print(e)

    pq = asyncio.PriorityQueue()
    for x in [5, 1, 4, 2, 3]:
        pq.put_nowait((x, f"job{x}"))
    print([pq.get_nowait() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue()
    for x in "abc":
        await lq.put(x)
    print([await lq.get() for _ in range(3)])

    # worker pool pattern
    work = asyncio.Queue()
    for i in range(6):
        work.put_nowait(i)
    results = []

    async def worker(name):
        while True:
            n = await work.get()
            await asyncio.sleep(0.001 * (n % 3))
            results.append((name, n))
            work.task_done()

    workers = [asyncio.create_task(worker(f"w{i}")) for i in range(3)]
    await work.join()
    for w in workers:
        w.cancel()
    r = await asyncio.gather(*workers, return_exceptions=True)
    print(sorted(results, key=lambda t: t[1]))
    print([type(x).__name__ for x in r])


async def locks():
    lock = asyncio.Lock()
    print(lock.locked())
    order = []

    async def critical(name):
        async with lock:
            order.append(f"{name} in")
            await asyncio.sleep(0)
            order.append(f"{name} out")

    await asyncio.gather(critical("a"), critical("b"), critical("c"))
    print(order)
    try:
        lock.release()
    except RuntimeError as e:
        print(e)
    await lock.acquire()
    print(lock.locked())
    lock.release()

    ev = asyncio.Event()

    async def waiter(name):
        print(f"{name} waiting")
        await ev.wait()
        print(f"{name} woke")
        return name

    ws = [asyncio.create_task(waiter(n)) for n in ("e1", "e2")]
    await asyncio.sleep(0)
    print("setting", ev.is_set())
    ev.set()
    print(await asyncio.gather(*ws), ev.is_set())
    ev.clear()
    print(ev.is_set())

    sem = asyncio.Semaphore(2)
    active = []

    async def limited(i):
        async with sem:
            active.append(i)
            print(f"job {i} running with {len(active)} active")
            await asyncio.sleep(0.001)
            active.remove(i)

    await asyncio.gather(*(limited(i) for i in range(5)))
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print(e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(e)

    cond = asyncio.Condition()
    items = []

    async def cons(name):
        async with cond:
            await cond.wait_for(lambda: items)
            print(f"{name} consumed {items.pop()}")

    cs = [asyncio.create_task(cons(f"k{i}")) for i in range(2)]
    await asyncio.sleep(0)
    for v in ("x", "y"):
        async with cond:
            items.append(v)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*cs)
    try:
        cond.notify()
    except RuntimeError as e:
        print(e)


async def groups():
    async def job(n, fail=False):
        await asyncio.sleep(n * 0.01)
        if fail:
            raise ValueError(f"job {n} failed")
        print(f"job {n} ok")
        return n

    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job(1))
        t2 = tg.create_task(job(2), name="two")
    print(t1.result(), t2.result(), t2.get_name())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(1, fail=True))
            slow = tg.create_task(job(50))
            tg.create_task(job(20, fail=True))
    except* ValueError as eg:
        print("ExceptionGroup:", sorted(str(e) for e in eg.exceptions))
    print("slow cancelled:", slow.cancelled())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(1))
            raise KeyError("body")
    except* KeyError as eg:
        print("body error:", eg.exceptions)


async def main():
    await queues()
    await locks()
    await groups()

asyncio.run(main())
