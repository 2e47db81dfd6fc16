### simple
x = 1
def f(a, b=2, *args, c, **kw):
    y = a + x
    return y
### closure
def outer():
    v = 1
    def inner():
        return v
    return inner
### nonlocal
def outer():
    count = 0
    def inc():
        nonlocal count
        count += 1
    return inc
### global
def f():
    global g
    g = 1
### class_scope
class C:
    attr = 1
    def m(self):
        return attr
    def s(self):
        return super().s()
### class_free
def f():
    x = 1
    class C:
        x = 2
        def g(self):
            return x
    return C
### comprehension
def f(items):
    return [i * k for i in items for k in range(i) if i]
### genexp_outer
data = [1]
g = (d for d in data)
### walrus
def f(xs):
    if any((y := x) for x in xs):
        return y
### walrus_module
[z := i for i in range(3)]
### lambda
f = lambda a, *b, **c: a + len(b) + g
### imports
import os.path
from m import a as b
def f():
    import json
    return json
### mangling
class K:
    __private = 1
    def m(self):
        __local = self.__private
        return __local
### try_except
def f():
    try:
        pass
    except E as e:
        return e
### match
match v:
    case [a, *rest]:
        pass
    case {"k": val, **others}:
        pass
    case P(x=px) | P(y=px):
        pass
### async
async def f():
    async with a as b:
        await b
    return [i async for i in b]
### deep
def a():
    x = 1
    def b():
        def c():
            return x
        return c
    return b
### annotations
class A:
    x: int
    y: str = "s"
def f(p: int) -> str:
    q: float = 1.0
    return str(p)
