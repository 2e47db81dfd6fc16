# types.coroutine: generator functions become awaitable (CO_ITERABLE_COROUTINE), other callables are wrapped.
import types, asyncio

@types.coroutine
def sleep0():
    yield

print(bool(sleep0.__code__.co_flags & 0x100), sleep0.__name__)

async def main():
    await sleep0()
    await sleep0()
    return 'done'

print(asyncio.run(main()))

async def native():
    return 1
print(types.coroutine(native) is native)

def plain():
    return 1
w = types.coroutine(plain)
print(w is plain, w(), w.__name__, w.__wrapped__ is plain)

def gen():
    yield 1

async def bad():
    await gen()

try:
    bad().send(None)
except TypeError as e:
    print(e)
try:
    types.coroutine(1)
except TypeError as e:
    print(e)
