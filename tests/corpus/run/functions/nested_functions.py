# Deeply nested functions, closures over loop variables, and function factories.
def level1(a):
    def level2(b):
        def level3(c):
            def level4(d):
                return a + b + c + d
            return level4
        return level3
    return level2
print(level1(1)(10)(100)(1000))
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
def make_late():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return fs
print([f() for f in make_late()])
def counter_factory():
    counts = {}
    def count(key):
        counts[key] = counts.get(key, 0) + 1
        return counts[key]
    def report():
        return dict(counts)
    return count, report
count, report = counter_factory()
for k in "abcab":
    count(k)
print(report())
def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run
pipeline = compose(str, lambda v: v * 2, abs)
print(repr(pipeline(-21)))
def recursive_closure(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)
print(recursive_closure(12))
def curry(f):
    def c1(a):
        def c2(b):
            def c3(c):
                return f(a, b, c)
            return c3
        return c2
    return c1
print(curry(lambda a, b, c: a * 100 + b * 10 + c)(1)(2)(3))
def cell_shared():
    x = 0
    def inc():
        nonlocal x
        x += 1
    def get():
        return x
    return inc, get
inc, get = cell_shared()
inc(); inc()
print(get(), inc.__closure__[0].cell_contents)
