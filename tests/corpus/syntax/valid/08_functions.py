def f(): pass
def f(a, b=1, *args, c, d=2, **kwargs): pass
def f(a, /, b, *, c): pass
def f(a=1, /, b=2, *, c=3): pass
def f(*, a): pass
def f(a: int, b: str = 'x', *args: int, **kw: float) -> None: pass
def f(a, b, /): pass
def f(*args: *Ts): pass
@decorator
def f(): pass
@a.b.c
@d(1, 2)
@e[0]
@(lambda f: f)
def f(): return 1
def f():
    """doc"""
    return
def f(): yield; yield 1; yield from g(); x = yield
def f(
    a,
    b,
): pass
