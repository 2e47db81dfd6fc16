### function_layout
def f(a, b, /, c, *args, d, e=1, **kw):
    x = a
    y = x + b
    return y
### closures
def outer(p):
    q = 1
    def inner(r):
        nonlocal q
        q = r + p
        return q
    return inner
### class_cell
class C:
    def m(self):
        return super().m()
    def n(self):
        return __class__
### generators
def g():
    yield 1
async def c():
    await x
async def ag():
    yield 1
def gen_exp(xs):
    return (x for x in xs)
### comprehensions
def f(n):
    a = [i for i in range(n)]
    b = {i: j for i in range(n) for j in range(i)}
    c = {k for k in a if k > n}
    return a, b, c
### lambdas
f = lambda x, *, y=2: (lambda z: x + y + z)
### nested_qualnames
def a():
    class B:
        def c(self):
            def d():
                pass
            return d
    return B
### global_qualname
def outer():
    global helper
    def helper():
        pass
### except_name
def f():
    try:
        pass
    except ValueError as err:
        return err
### decorated
@dec
def f():
    pass
@dec
class K:
    pass
