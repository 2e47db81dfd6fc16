# asyncio.to_thread / run_in_executor run blocking calls on worker threads while the loop goes on.
import asyncio
import concurrent.futures
import threading


def blocking(gate, name):
    # Waits for the loop to signal: impossible if the call ran inline on the loop's thread.
    gate.wait(5)
    return name, threading.current_thread() is not threading.main_thread()


async def main():
    gate = threading.Event()
    log = []

    async def opener():
        log.append("loop still running")
        await asyncio.sleep(0.01)
        gate.set()

    results = await asyncio.gather(asyncio.to_thread(blocking, gate, "a"), opener())
    print(results, log)

    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, sum, [1, 2, 3]))
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        values = await asyncio.gather(*(loop.run_in_executor(pool, pow, 2, k) for k in range(5)))
    print(values)
    try:
        await asyncio.to_thread(divmod, 1, 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    # Four calls meet at a barrier: only possible if they run at the same time on four threads.
    barrier = threading.Barrier(4)
    indices = await asyncio.gather(*(asyncio.to_thread(barrier.wait, 5) for _ in range(4)))
    print("overlapped:", sorted(indices))
    # A timeout while the thread keeps running.
    slow = threading.Event()
    try:
        await asyncio.wait_for(asyncio.to_thread(slow.wait, 5), timeout=0.02)
    except asyncio.TimeoutError:
        print("timed out")
    slow.set()


asyncio.run(main())
print("done")
