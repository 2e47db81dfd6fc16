"""module docstring"""
from __future__ import annotations
import os, os.path as osp
import a.b.c
from . import x as y
from ..pkg import (m, n as nn)
from mod import *
x: int = 1
y: "str"
obj.attr: int
d = {1: 2, **e, 'k': v}
s = {1, 2, *t}
l = [1, 2, 3, *t, 4]
t = (1, 2, -3, (4, 5))
a, *b, c = range(10)
[p, (q, r)] = 1, (2, 3)
x += 1; obj.f -= 2; arr[i] *= 3
del x, obj.f, arr[i], (u, w)
assert x > 0, "msg"
print(f"{x!r:>{width}} and {y=}", *args, sep='', **kw)
z = a if b else c
w = a < b < c
v = not (a and b or c)
lam = lambda p, *q, r=1, **s: p + r
g = (i * i for i in range(10) if i % 2)
lc = [i for i in range(3) for j in range(i)]
dc = {k: v for k, v in items}
sc = {e for e in es}
sl = seq[1:2, ::3, ...]
if x: pass
elif y: pass
else: pass
while x:
    if y: break
    if z: continue
else:
    pass
for i in range(3):
    try:
        continue
    finally:
        print(i)
else:
    pass
try:
    pass
except ValueError as e:
    print(e)
except (TypeError, KeyError):
    raise
except:
    raise ValueError("x") from None
else:
    pass
finally:
    pass
try:
    pass
except* ValueError as eg:
    pass
except* TypeError:
    pass
with open(f) as fh, lock:
    fh.read()
def outer(a, /, b, *, c=3, **kw) -> int:
    "doc"
    total = 0
    def inner():
        nonlocal total
        total += a
        return total
    global G
    G = inner
    return inner()
@decorator
@decorator2(1)
class C(Base, metaclass=Meta):
    """class doc"""
    attr: int = 3
    __private = 1
    def method(self):
        return super().method() + self.__private
    @property
    def prop(self): return __class__
def gen():
    x = yield 1
    yield from range(x)
    return 5
async def coro():
    await sleep(1)
    async for item in aiter_():
        print(item)
    async with lock as l:
        pass
    return [i async for i in aiter_()]
async def agen():
    yield 1
match command:
    case [x, y, *rest]:
        pass
    case {"a": 1, **others}:
        pass
    case Point(x=0, y=0) | Point(1, 2):
        pass
    case str() as s if s:
        pass
    case [1, 2, *_]:
        pass
    case None | True:
        pass
    case -1 | 2+3j | "s" | b"b":
        pass
    case A.B:
        pass
    case (a, b) | [b, a]:
        pass
    case _:
        pass
def with_return():
    with cm:
        for x in y:
            try:
                return x
            except E:
                break
def comp_closure(n):
    return [lambda: i + n for i in range(n)]
