async def f():
    await g()
    async with a as b:
        pass
    async for x in y:
        pass
match x:
    case [1, 2]:
        pass
    case {"a": b, **rest}:
        pass
    case Point(x=0) | None:
        pass
    case _:
        pass
