# Error messages for broken async iteration and awaitables.
def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class AnextNotAwaitable:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5
async def use_bad_anext():
    async for _ in AnextNotAwaitable():
        pass
try:
    drive(use_bad_anext())
except TypeError as e:
    print("TypeError:", e)
class AiterNoAnext:
    def __aiter__(self):
        return 42
async def use_bad_aiter():
    async for _ in AiterNoAnext():
        pass
try:
    drive(use_bad_aiter())
except TypeError as e:
    print("TypeError:", e)
class AexitMissing:
    async def __aenter__(self):
        return self
async def use_bad_cm():
    async with AexitMissing():
        pass
try:
    drive(use_bad_cm())
except TypeError as e:
    print("TypeError:", e)
class AenterNotAwaitable:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        return False
async def use_plain_aenter():
    async with AenterNotAwaitable():
        pass
try:
    drive(use_plain_aenter())
except TypeError as e:
    print("TypeError:", e)
async def coro_fn():
    return 1
async def await_twice():
    c = coro_fn()
    await c
    await c
try:
    drive(await_twice())
except RuntimeError as e:
    print("RuntimeError:", e)
class GenAwait:
    def __await__(self):
        return (yield "raw")
g = GenAwait().__await__()
print(next(g), type(g).__name__)
async def returns_list():
    return [1, 2]
print(drive(returns_list()))
