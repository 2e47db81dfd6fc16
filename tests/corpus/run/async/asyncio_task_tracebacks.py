# Errors that pass through asyncio's Future and Task (C code in CPython) add no traceback entries for them.
import asyncio
import traceback


async def inner():
    await asyncio.sleep(0)
    raise ValueError("inner")


async def main():
    task = asyncio.create_task(inner())
    try:
        await task
    except ValueError:
        traceback.print_exc()
    try:
        await asyncio.gather(inner(), inner())
    except ValueError:
        traceback.print_exc()
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(KeyError("f"))
    try:
        await fut
    except KeyError:
        traceback.print_exc()
    try:
        asyncio.Future().result()
    except asyncio.InvalidStateError:
        traceback.print_exc()
    print("done")


asyncio.run(main())
try:
    asyncio.get_running_loop()
except RuntimeError:
    traceback.print_exc()
