# unittest.mock: AsyncMock, patching coroutine functions, async methods of specs.
import asyncio
from unittest.mock import AsyncMock, patch, MagicMock
async def fetch(x):
    return x
class C:
    async def go(self):
        return 1
async def main():
    m = AsyncMock(return_value=5)
    print(await m(1), m.await_count, m.await_args)
    m.assert_awaited_once_with(1)
    with patch(__name__ + '.fetch') as pf:
        print(type(pf).__name__)
        pf.return_value = 9
        print(await fetch(3))
    se = AsyncMock(side_effect=[1, ValueError('v')])
    print(await se())
    try:
        await se()
    except ValueError as e:
        print('ValueError', e)
    mm = MagicMock(spec=C)
    print(type(mm.go).__name__)
asyncio.run(main())
