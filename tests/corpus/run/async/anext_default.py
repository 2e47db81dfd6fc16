# anext(iterator, default): the default is the await's result once the iterator is exhausted.
import asyncio


async def agen():
    yield 1


class Counter:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n


class ValueIterator:
    """An __await__ iterator that ends with StopIteration(value), as a class."""
    def __init__(self):
        self.steps = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.steps += 1
        if self.steps < 3:
            return None
        raise StopIteration('finished')


class Awaitable:
    def __await__(self):
        return ValueIterator()


def delegate():
    result = yield from ValueIterator()
    return result


async def main():
    ag = agen()
    print(await anext(ag, 'default'))
    print(await anext(ag, 'default'))
    print(await anext(ag, None))
    try:
        await anext(ag)
    except StopAsyncIteration:
        print('StopAsyncIteration without a default')
    it = Counter()
    print(await anext(it, 'x'), await anext(it, 'x'), await anext(it, 'x'))
    print(type(anext(agen(), 0)).__name__, type(anext(agen())).__name__)
    for bad in [lambda: anext(1), lambda: anext(), lambda: anext(ag, 1, 2)]:
        try:
            bad()
        except TypeError as e:
            print(e)
    print(await Awaitable())


asyncio.run(main())
print(list(delegate()))
try:
    next(iter(delegate()))
    g = delegate()
    while True:
        next(g)
except StopIteration as e:
    print('returned', e.value)
