# Keyword-only and positional-only parameters.
def f(a, b, /, c, d=4, *, e, f=6):
    return a, b, c, d, e, f
print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, d=40, e=5, f=60))
def g(a, /, **kwargs):
    return a, kwargs
print(g(1, a=2, b=3))
def h(*, only):
    return only
print(h(only="x"))
calls = [
    lambda: f(1, b=2, c=3, e=5),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, 3, 4, 5),
    lambda: h("x"),
    lambda: h(),
    lambda: h(only=1, other=2),
    lambda: g(),
    lambda: f(1, 2, 3, e=5, c=9),
]
for c in calls:
    try:
        print(c())
    except TypeError as exc:
        print("TypeError:", exc)
def p(x, y, /):
    return x + y
print(p(1, 2))
try:
    p(x=1, y=2)
except TypeError as exc:
    print("TypeError:", exc)
print(f.__code__.co_posonlyargcount, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
print(f.__code__.co_varnames)
