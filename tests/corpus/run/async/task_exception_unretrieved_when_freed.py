import asyncio, sys


async def boom(msg):
    await asyncio.sleep(0)
    raise RuntimeError(msg)


async def main():
    asyncio.create_task(boom("fire and forget"))
    await asyncio.sleep(0.01)
    print("after fire-and-forget", file=sys.stderr)
    kept = asyncio.create_task(boom("kept until exit"))
    await asyncio.sleep(0.01)
    print("after kept", file=sys.stderr)
    t = asyncio.create_task(boom("retrieved"))
    await asyncio.sleep(0.01)
    print("retrieved:", t.exception())
    del t
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(KeyError("plain future"))
    del fut
    print("after plain future", file=sys.stderr)
    return kept


k = asyncio.run(main())
print("main done", file=sys.stderr)
del k
print("end", file=sys.stderr)
