# *args and **kwargs collection and forwarding.
def f(*args, **kwargs):
    return args, kwargs
print(f())
print(f(1, 2, x=3))
print(f(*[1, 2], *"ab", **{"k": 1}, z=2))
def g(a, b, *rest, key=None, **extra):
    return a, b, rest, key, sorted(extra.items())
print(g(1, 2))
print(g(1, 2, 3, 4, key="k", q=1, p=2))
def wrapper(*args, **kwargs):
    return g(*args, **kwargs)
print(wrapper(*range(5), key=9))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1), total(*range(101)))
def show(**kw):
    for k, v in kw.items():
        print(" ", k, "=", v)
show(b=1, a=2, c=3)
show(**{"z": 0}, y=1)
print(type(f()[0]).__name__, type(f()[1]).__name__)
def first(*args):
    return args[0] if args else None
print(first(), first(9, 8))
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    g(1, 2, **{"key": 1}, key=2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError:", e)
