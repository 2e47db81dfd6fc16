import asyncio, contextvars
request_id = contextvars.ContextVar("request_id", default="none")
async def handler(n):
    request_id.set(f"req-{n}")
    await asyncio.sleep(0.001 * (3 - n))
    print("handler", n, request_id.get())
    return request_id.get()
async def main():
    request_id.set("main")
    r = await asyncio.gather(*(handler(i) for i in range(3)))
    print(r, request_id.get())
    t = asyncio.create_task(handler(9))
    await t
    print(request_id.get())
    ctx = contextvars.copy_context()
    loop = asyncio.get_running_loop()
    loop.call_soon(lambda: print("callback sees", request_id.get()))
    await asyncio.sleep(0)
asyncio.run(main())
print(request_id.get())
