import asyncio
async def bad(n):
    await asyncio.sleep(0)
    raise ValueError(f"boom {n}")
async def good():
    return 1
async def main():
    asyncio.create_task(bad(1))
    t = asyncio.create_task(bad(2))
    t2 = asyncio.create_task(bad(3))
    await asyncio.sleep(0.01)
    print(t2.exception())
    f = asyncio.get_running_loop().create_future()
    f.set_exception(KeyError("k"))
    print("main done")
asyncio.run(main())
print("after run")
