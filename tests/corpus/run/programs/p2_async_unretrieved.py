"""A failing task whose exception is never retrieved, plus an uncaught error from asyncio.run."""
import asyncio


async def boom():
    await asyncio.sleep(0)
    raise RuntimeError("background failure")


async def compute(n):
    await asyncio.sleep(0)
    if n > 3:
        raise ValueError(f"n too large: {n}")
    return n * 10


async def main():
    t = asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    print("task done:", t.done())
    del t
    results = []
    for n in range(6):
        results.append(await compute(n))
        print("results so far", results)


try:
    asyncio.run(main())
except ValueError as e:
    print("main failed:", e)
print(undefined_name_at_the_end)
