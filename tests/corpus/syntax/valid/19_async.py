async def f():
    await x
    async for a in b:
        pass
    else:
        pass
    async with c as d, e:
        pass
    [i async for i in g()]
    await (await y)
    return await z
@d
async def g(): pass
async def h():
    yield 1
    x = [await a for a in b]
await_ = 1
async_ = 2
