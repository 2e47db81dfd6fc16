import asyncio
async def main():
    try:
        async with asyncio.timeout(0.05):
            await asyncio.sleep(0.05)
        print("no timeout")
    except TimeoutError:
        print("timed out")
    try:
        print(await asyncio.wait_for(asyncio.sleep(0.05, "done"), 0.05))
    except TimeoutError:
        print("wait_for timed out")
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    sum(range(200000))
    print(loop.time() - t0 > 0)
asyncio.run(main())
