def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f(*[1, 2], **{"c": 9}))
def g(x, y, /, z): return x + y + z
print(g(1, 2, z=3))
for call in [lambda: f(), lambda: f(1), lambda: g(1, 2), lambda: g(x=1, y=2, z=3), lambda: f(1, c=1, c2=2, a=5), lambda: (lambda a: a)(1, 2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
i = outer(); i(); print(i(), i.__closure__[0].cell_contents)
def deco(fn):
    def wrapper(*a, **k):
        return "<" + fn(*a, **k) + ">"
    return wrapper
@deco
def hello(name): return "hi " + name
print(hello("bob"), f.__name__, f.__defaults__, f.__kwdefaults__)
print(list(map(lambda x: x * 2, [1, 2])), list(filter(None, [0, 1, 2])), list(zip("ab", [1, 2, 3])), list(enumerate("xy", 1)))
print(sorted(["bb", "a", "ccc"], key=len), list(reversed(range(3))), any([]), all([]))
