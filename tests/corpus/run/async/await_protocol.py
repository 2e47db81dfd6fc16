# The awaitable protocol: __await__, generator-based awaitables, errors.
import sys
class Ready:
    def __await__(self):
        return iter([])
class Twice:
    def __await__(self):
        yield "first"
        yield "second"
        return "twice-done"
async def use():
    a = await Ready()
    b = await Twice()
    return a, b
c = use()
print(c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
class BadAwait:
    def __await__(self):
        return 5
async def bad():
    await BadAwait()
try:
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)
async def not_awaitable():
    await 5
try:
    not_awaitable().send(None)
except TypeError as e:
    print("TypeError:", e)
async def thrower():
    try:
        await Twice()
    except ValueError as e:
        print("coroutine caught", e)
        return "handled"
t = thrower()
print(t.send(None))
try:
    t.throw(ValueError("injected"))
except StopIteration as e:
    print("after throw", e.value)
async def closer():
    try:
        await Twice()
    finally:
        print("closer finally")
cl = closer()
cl.send(None)
cl.close()
async def nested(n):
    if n == 0:
        return 0
    return n + await nested(n - 1)
co = nested(10)
try:
    co.send(None)
except StopIteration as e:
    print("nested sum", e.value)
print(type(use).__name__, use.__code__.co_flags & 0x80 != 0)
co2 = nested(1)
co2.close()
print("closed unstarted coroutine")
