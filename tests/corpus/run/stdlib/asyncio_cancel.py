import asyncio


async def worker(name, log):
    try:
        log.append(f"{name} started")
        await asyncio.sleep(10)
        log.append(f"{name} finished")
    except asyncio.CancelledError as e:
        log.append(f"{name} cancelled args={e.args}")
        raise
    finally:
        log.append(f"{name} cleanup")


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn swallowed the cancel")
    return "survived"


async def slow(x, delay):
    await asyncio.sleep(delay)
    return x


async def main():
    log = []
    t = asyncio.create_task(worker("w1", log))
    await asyncio.sleep(0)
    print("cancel() ->", t.cancel())
    print("cancelling:", t.cancelling(), "done:", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting cancelled task raised CancelledError")
    print(t.cancelled(), t.done(), t.cancel())
    print(log)

    # cancel with message
    log.clear()
    t = asyncio.create_task(worker("w2", log))
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("message:", e.args)
    print(log)

    # cancel before first step
    log.clear()
    t = asyncio.create_task(worker("w3", log))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before start; log =", log)

    # a task that swallows the cancellation
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

    # exception() / result() of a cancelled task
    t = asyncio.create_task(slow(1, 1))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    for meth in (t.result, t.exception):
        try:
            meth()
        except asyncio.CancelledError as e:
            print(meth.__name__, "raised CancelledError", e.args)

    # wait_for
    print(await asyncio.wait_for(slow("quick", 0.001), timeout=60))
    try:
        await asyncio.wait_for(slow("too slow", 1), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("wait_for timed out:", type(e).__name__, isinstance(e, TimeoutError))
    try:
        await asyncio.wait_for(slow("zero", 1), timeout=0)
    except TimeoutError:
        print("timeout=0 timed out")
    print(await asyncio.wait_for(slow("none", 0), timeout=None))

    # asyncio.timeout (3.11)
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout block expired:", cm.expired())
    async with asyncio.timeout(60) as cm:
        await asyncio.sleep(0)
    print("no expiry:", cm.expired(), repr(cm))
    async with asyncio.timeout(None) as cm:
        print(repr(cm))
        cm.reschedule(None)
    try:
        async with asyncio.timeout_at(asyncio.get_running_loop().time() + 0.005):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at expired")

    # shield
    inner = asyncio.create_task(slow("shielded", 1.0))
    outer = asyncio.shield(inner)
    try:
        await asyncio.wait_for(outer, 0.005)
    except TimeoutError:
        print("outer timed out; inner done?", inner.done())
    print("inner result:", await inner)

    # gather cancellation
    g = asyncio.gather(slow(1, 1), slow(2, 1))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())

    # gather with a cancelled child and return_exceptions
    c = asyncio.create_task(slow(3, 1))
    d = asyncio.create_task(slow(4, 0.001))
    await asyncio.sleep(0)
    c.cancel()
    r = await asyncio.gather(c, d, return_exceptions=True)
    print([type(x).__name__ for x in r], r[1])

    # wait
    tasks = [asyncio.create_task(slow(i, i * 0.3)) for i in range(1, 4)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), sorted(t.result() for t in done))
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending), sorted(t.result() for t in done))
    tasks = [asyncio.create_task(slow(i, i * 0.1)) for i in (1, 4)]
    done, pending = await asyncio.wait(tasks, timeout=0.25)
    print(len(done), len(pending))
    for p in pending:
        p.cancel()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print(e)
    co = slow(1, 0)
    try:
        await asyncio.wait([co])
    except TypeError as e:
        print(e)
    co.close()

    # as_completed
    coros = [slow("c", 0.06), slow("a", 0.02), slow("b", 0.04)]
    for fut in asyncio.as_completed(coros):
        print("as_completed:", await fut)
    try:
        for fut in asyncio.as_completed([slow("x", 1)], timeout=0.01):
            await fut
    except TimeoutError:
        print("as_completed timed out")

    return "ok"


print(asyncio.run(main()))


async def leftover():
    async def forever(log):
        try:
            await asyncio.sleep(100)
        finally:
            print("forever task cleaned up at shutdown")
    asyncio.create_task(forever([]))
    await asyncio.sleep(0)
    return "returned while a task was pending"

print(asyncio.run(leftover()))
