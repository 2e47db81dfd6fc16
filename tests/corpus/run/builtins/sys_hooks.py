import sys, asyncio
seen = []
def firstiter(agen): seen.append(("first", agen.__qualname__))
def finalizer(agen): seen.append("final")
old = sys.get_asyncgen_hooks()
print(old, old.firstiter, old[1])
sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)
async def ag():
    yield 1
    yield 2
async def main():
    async for x in ag():
        print("item", x)
    g = ag()
    print(await g.__anext__(), await g.__anext__())
    async for x in g:
        print("never", x)
co = main()
try:
    co.send(None)
except StopIteration:
    pass
print(seen)
print(sys.get_asyncgen_hooks().firstiter is firstiter)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
for bad in [dict(firstiter=1), dict(finalizer="x"), dict(firstiter=1, finalizer=2)]:
    try:
        sys.set_asyncgen_hooks(**bad)
    except TypeError as e:
        print("TypeError:", e)
def hook(u):
    print("hook:", u.exc_type.__name__, u.exc_value, type(u).__name__)
sys.unraisablehook = hook
import atexit
atexit.register(lambda: 1 / 0)
sys.unraisablehook(type("UnraisableHookArgs", (), {})) if False else None
print(sys.__unraisablehook__.__name__, sys.__breakpointhook__.__name__)
print(sys.thread_info.name, sys.thread_info.lock, len(sys.thread_info))
print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(3)
print(sys.get_coroutine_origin_tracking_depth())
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print("ValueError:", e)
import os
os.environ["PYTHONBREAKPOINT"] = "builtins.print"
breakpoint("breakpoint", "calls", "print", sep="-")
os.environ["PYTHONBREAKPOINT"] = "0"
print(breakpoint())
