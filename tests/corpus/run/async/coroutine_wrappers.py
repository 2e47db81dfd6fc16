# Decorators around async functions, awaiting inside finally, and coroutine introspection.
def drive(coro, replies=()):
    replies = list(replies)
    value = None
    while True:
        try:
            got = coro.send(value)
        except StopIteration as e:
            return e.value
        print("  yielded", got)
        value = replies.pop(0) if replies else None
class Yield:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        return (yield self.v)
def logged(fn):
    async def wrapper(*args):
        print("before", fn.__name__, args)
        try:
            return await fn(*args)
        finally:
            print("after", fn.__name__)
    wrapper.__name__ = fn.__name__
    return wrapper
@logged
async def compute(x):
    y = await Yield(f"need y for {x}")
    return x + (y or 0)
print(drive(compute(1), [41]))
async def cleanup_awaits():
    try:
        return "body result"
    finally:
        r = await Yield("awaited in finally")
        print("finally got", r)
print(drive(cleanup_awaits(), ["fin"]))
async def retry(times):
    for attempt in range(times):
        try:
            r = await Yield(f"attempt {attempt}")
            if r == "fail":
                raise ConnectionError(attempt)
            return f"succeeded on {attempt}"
        except ConnectionError as e:
            print("  retrying after", repr(e))
    return "gave up"
print(drive(retry(3), ["fail", "fail", "ok"]))
print(drive(retry(2), ["fail", "fail"]))
c = compute(5)
print(c.__name__, c.__qualname__, type(c).__name__)
c.close()
import sys
print(sys.getrecursionlimit() > 0)
