# lambda expressions.
sq = lambda x: x * x
print(sq(7), (lambda: "noargs")(), (lambda *a, **k: (a, k))(1, z=2))
print((lambda a, b=10, *, c=100: a + b + c)(1), (lambda a, /, b: a - b)(10, b=3))
print(sq.__name__, (lambda: 0).__name__)
print(list(map(lambda s: s.upper(), ["a", "b"])), sorted([3, -4, 1], key=lambda v: -abs(v)))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(sq, inc)(3), compose(inc, sq)(3))
print((lambda n: (lambda f, n: f(f, n))(lambda f, k: 1 if k <= 1 else k * f(f, k - 1), n))(10))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for sym in ops:
    print(sym, ops[sym](6, 3))
cond = lambda x: "pos" if x > 0 else ("zero" if x == 0 else "neg")
print([cond(v) for v in (-1, 0, 1)])
print((lambda x: (yield x))(5).__class__.__name__)
adders = [(lambda n: lambda x: x + n)(i) for i in range(3)]
print([a(100) for a in adders])
