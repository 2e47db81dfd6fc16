import asyncio, decimal
from decimal import Decimal, localcontext, getcontext
async def work(prec, delay):
    with localcontext() as ctx:
        ctx.prec = prec
        await asyncio.sleep(delay)
        return str(Decimal(1) / 7), getcontext().prec
async def main():
    print(await asyncio.gather(work(3, 0.02), work(10, 0.01), work(20, 0)))
    print(getcontext().prec)
getcontext().prec = 12
asyncio.run(main())
print(Decimal(1) / 3, getcontext().prec)
