# `a, b = x, y` builds no tuple (CPython 3.11's peephole: BUILD_TUPLE + UNPACK_SEQUENCE become SWAPs, and
# SWAPs before STORE_FASTs of one line become reordered stores). Instructions, values and line events
# must be CPython's.
import dis
import sys


def f(x, y, z):
    a, b = x, y
    a, b, c = x, y, z
    a, b = b, a
    a, a = x, y
    (a,) = (x,)
    [a, b] = x, y
    a, b.c = x, y
    a, b, c, d = x, y, z, a
    a, b = (x,
            y)
    (a,
     b) = x, y
    a, [b, c] = x, (y, z)
    a, _ = x, print("side effect")
    return a, c


class B:
    pass


def ops(fn):
    for i in dis.get_instructions(fn):
        if i.opname not in ("RESUME", "CACHE", "PRECALL"):
            print(i.starts_line or "", i.opname, i.argrepr)


ops(f)
print(f(1, B(), 3))

module = "p, q = 1, x\np, q = q, p\np, q, r = q, p, p\n"
for i in dis.get_instructions(compile(module, "m", "exec")):
    if i.opname not in ("RESUME", "CACHE", "PRECALL"):
        print(i.starts_line or "", i.opname, i.argrepr)
ns = {"x": 2}
exec(module, ns)
print(ns["p"], ns["q"], ns["r"])


def swaps(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a, b


def lines(frame, event, arg):
    if frame.f_code.co_name in ("swaps", "f"):
        print(event, frame.f_lineno, sorted(k for k in frame.f_locals if len(k) == 1))
    return lines


sys.settrace(lines)
swaps(2)
f(1, B(), 3)
sys.settrace(None)
print(swaps(30))
