# A coroutine dropped before it ever ran warns "coroutine ... was never awaited" where it is freed.
import asyncio
import warnings

async def fetch():
    print("never printed")

class Client:
    async def request(self):
        return 1

def forgot_await():
    fetch()
    print("after fetch() without await")

forgot_await()
pending = fetch()
del pending
print("after del")

closed = fetch()
closed.close()
del closed
print("closed coroutines do not warn")

async def main():
    Client().request()
    await asyncio.sleep(0)
    print("main done")

asyncio.run(main())

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    fetch()
print([(w.category.__name__, str(w.message)) for w in caught])
