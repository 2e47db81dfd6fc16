# Coroutine throw/close semantics and coroutine attributes, driven by hand.
class Pause:
    def __await__(self):
        got = yield "paused"
        return got
async def worker(name):
    print(name, "start")
    try:
        v = await Pause()
        print(name, "resumed with", v)
        v2 = await Pause()
        return v + v2
    except KeyError as e:
        print(name, "caught", repr(e))
        return "recovered"
    finally:
        print(name, "finally")
w = worker("w1")
print(w.cr_running, w.cr_frame is not None, w.cr_code.co_name, w.cr_await)
print(w.send(None))
print(type(w.cr_await).__name__)
try:
    w.throw(KeyError("injected"))
except StopIteration as e:
    print("result after throw:", e.value)
w2 = worker("w2")
w2.send(None)
try:
    w2.throw(ValueError("not handled"))
except ValueError as e:
    print("propagated:", e)
w3 = worker("w3")
w3.send(None)
w3.send(1)
w3.close()
print("w3 closed, frame:", w3.cr_frame)
w4 = worker("w4")
w4.send(None)
w4.send(20)
try:
    w4.send(22)
except StopIteration as e:
    print("w4 result", e.value)
async def awaits_coroutine():
    inner = worker("inner")
    return await inner
outer = awaits_coroutine()
print(outer.send(None))
print(outer.send(5))
try:
    outer.send(6)
except StopIteration as e:
    print("outer result", e.value)
async def self_await():
    return await me
me = self_await()
try:
    me.send(None)
except ValueError as e:
    print("ValueError:", e)
