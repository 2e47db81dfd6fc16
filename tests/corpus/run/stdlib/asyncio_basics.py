import asyncio


async def say(name, delay, log):
    log.append(f"{name} start")
    await asyncio.sleep(delay)
    log.append(f"{name} end")
    return name.upper()


async def ticker(name, n):
    for i in range(n):
        print(f"{name} tick {i}")
        await asyncio.sleep(0)
    return n


async def failing(x):
    await asyncio.sleep(0)
    raise ValueError(f"bad {x}")


async def main():
    log = []
    results = await asyncio.gather(say("a", 0.02, log), say("b", 0.01, log), say("c", 0.0, log))
    print(results)
    print(log)

    # interleaving of sleep(0) tasks
    r = await asyncio.gather(ticker("x", 3), ticker("y", 2), ticker("z", 1))
    print("ticks", r)

    # create_task then await
    t1 = asyncio.create_task(ticker("t1", 2))
    t2 = asyncio.create_task(ticker("t2", 2), name="second")
    print("created", t1.get_name(), t2.get_name(), t1.done())
    print(await t1, await t2, t1.done(), t2.result())

    # gather with exceptions
    try:
        await asyncio.gather(failing(1), ticker("g", 2))
    except ValueError as e:
        print("gather raised", repr(e))
    res = await asyncio.gather(failing(2), ticker("h", 1), return_exceptions=True)
    print("return_exceptions", res)
    print(await asyncio.gather())

    # Task exception / result API
    t = asyncio.create_task(failing(3))
    await asyncio.sleep(0.001)
    print(t.done(), t.cancelled(), repr(t.exception()))
    try:
        t.result()
    except ValueError as e:
        print("result raised", e)

    # done callbacks
    fut = asyncio.get_running_loop().create_future()
    fut.add_done_callback(lambda f: print("callback got", f.result()))
    # The callback's repr names this file by absolute path: print it relative to the program's directory.
    print(repr(fut).replace(__file__.rsplit('/', 1)[0] + '/', ''))
    fut.set_result(42)
    print(repr(fut), await fut)
    await asyncio.sleep(0)
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    f2 = asyncio.Future()
    try:
        f2.result()
    except asyncio.InvalidStateError as e:
        print("not ready:", e)
    f2.set_exception(KeyError("k"))
    print(repr(f2))
    try:
        await f2
    except KeyError as e:
        print("awaited exception", repr(e))

    # sleep with result
    print(await asyncio.sleep(0.001, result="slept"))

    # current_task / all_tasks
    me = asyncio.current_task()
    print(me.get_name(), me in asyncio.all_tasks(), len(asyncio.all_tasks()))

    # call_soon / call_later ordering
    loop = asyncio.get_running_loop()
    order = []
    loop.call_later(0.002, order.append, "later2")
    loop.call_later(0.001, order.append, "later1")
    loop.call_soon(order.append, "soon1")
    loop.call_soon(order.append, "soon2")
    h = loop.call_soon(order.append, "cancelled")
    h.cancel()
    print(h.cancelled())
    await asyncio.sleep(0.01)
    print(order)
    print(isinstance(loop.time(), float))

    print(asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(print))
    c = ticker("never", 0)
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(1))
    await c
    return "main done"


print(asyncio.run(main()))

loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(ticker("loop", 2)))
loop.close()
print(loop.is_closed())
c = ticker("closed", 1)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print("RuntimeError", e)
c.close()

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)

try:
    asyncio.run(42)
except ValueError as e:
    print(e)


async def nested():
    coro = ticker("n", 0)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print(e)
    await coro

asyncio.run(nested())
print(type(asyncio.TimeoutError), asyncio.TimeoutError is TimeoutError)
print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
print(asyncio.CancelledError.__module__, asyncio.QueueEmpty.__module__)
