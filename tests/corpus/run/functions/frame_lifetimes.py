# Frames seen by Python code (sys._getframe, tracebacks, f_back) must stay intact after their
# function returns, even when many later calls run the same code (Sharpy recycles other frames).
import sys


def grab(tag):
    local_tag = tag * 2
    return sys._getframe()


def caller_of_grab(tag):
    inner = tag + "!"
    return grab(inner)


kept = [caller_of_grab(str(i)) for i in range(5)]
for i in range(1000):
    caller_of_grab("x")  # reuse pressure on grab's and caller_of_grab's frames
for f in kept:
    print(f.f_code.co_name, f.f_locals, f.f_back.f_code.co_name, f.f_back.f_locals)


def fail(n):
    marker = n * 10
    raise ValueError(n)


def call_fail(n):
    try:
        fail(n)
    except ValueError as e:
        return e


errors = [call_fail(i) for i in range(3)]
for i in range(1000):
    call_fail(i)
for e in errors:
    tb = e.__traceback__
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, dict(tb.tb_frame.f_locals)))
        tb = tb.tb_next
    print(e, [(n, l, sorted(k for k in loc if k != "e")) for n, l, loc in frames])
    print(frames[-1][2]["marker"])


def depth(n):
    if n == 0:
        return sys._getframe()
    return depth(n - 1)


f = depth(4)
chain = []
while f is not None and f.f_code.co_name == "depth":
    chain.append(f.f_locals["n"])
    f = f.f_back
for i in range(200):
    depth(6)
print(chain)


def recurse(n):
    return 0 if n == 0 else 1 + recurse(n - 1)


print(recurse(500), recurse(300), recurse(500))


def kw(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw


print(kw(1, c=3))
print(kw(1, 2, 3, c=5, z=6))
print(kw(1, c=3))


def make_counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count
    return inc


counters = [make_counter() for _ in range(3)]
print([c() for c in counters], [c() for c in counters], counters[0]())
