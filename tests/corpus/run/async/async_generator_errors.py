# Async generator error cases: asend on a running generator, yield in finally, StopAsyncIteration.
def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    return "suspended"
async def agen():
    yield 1
    yield 2
g = agen()
print(drive(g.__anext__()), drive(g.__anext__()))
try:
    drive(g.__anext__())
except StopAsyncIteration as e:
    print("StopAsyncIteration", e.args)
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print("still exhausted")
async def raises_stop():
    yield 1
    raise StopAsyncIteration("bad")
r = raises_stop()
drive(r.__anext__())
try:
    drive(r.__anext__())
except RuntimeError as e:
    print("RuntimeError:", e)
async def stubborn():
    try:
        yield "a"
    finally:
        yield "in finally"
s = stubborn()
print(drive(s.__anext__()))
try:
    drive(s.aclose())
except RuntimeError as e:
    print("RuntimeError:", e)
async def plain():
    yield "x"
p = plain()
print(type(p.__aiter__()).__name__, p.__aiter__() is p)
print(drive(p.asend(None)))
try:
    drive(p.athrow(ValueError("boom")))
except ValueError as e:
    print("athrow propagated:", e)
print(p.ag_running, p.ag_frame, p.ag_code.co_name)
