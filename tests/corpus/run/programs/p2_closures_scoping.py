"""Closures, nonlocal, global state, comprehension scoping, walrus, star-unpacking, default args."""
counter_total = 0


def make_counter(start=0, step=1):
    count = start

    def incr():
        nonlocal count
        global counter_total
        count += step
        counter_total += 1
        return count

    def reset():
        nonlocal count
        count = start

    incr.reset = reset
    return incr


c1, c2 = make_counter(), make_counter(100, -10)
print([c1() for _ in range(3)], [c2() for _ in range(3)], counter_total)
c1.reset()
print(c1(), counter_total, c1.__closure__[0].cell_contents if c1.__closure__ else None)
print(c1.__code__.co_freevars, make_counter.__code__.co_cellvars)

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])


def late_binding():
    fs = []
    for k in range(3):
        def f():
            return k * 10
        fs.append(f)
    k = 99
    return [f() for f in fs]


print(late_binding())


def bad_default(x, acc=[]):
    acc.append(x)
    return acc


print(bad_default(1), bad_default(2), bad_default(3, []), bad_default.__defaults__)

x = "global"


def scope_test():
    x = "enclosing"

    def inner():
        return x

    def shadow():
        x = "local"
        return x

    return inner(), shadow(), x


print(scope_test(), x)


def unbound():
    try:
        print(y)
        y = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


unbound()


def free_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    z = 5


free_unbound()

y = 10
print([y for y in range(3)], y)
print({k: v for k, v in zip("ab", (1, 2))}, {n % 3 for n in range(10)})
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print([row[i] for i, row in enumerate(matrix)], [v for row in matrix for v in row if v % 2])


class Scoped:
    base = 10
    vals = [base * 2]
    try:
        comp = [base * i for i in range(3)]
    except NameError as e:
        comp = str(e)


print(Scoped.vals, Scoped.comp)

data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"long list ({n} items)")
print([v for x in data if (v := x * 2) > 6], v)
chunks = iter(["ab", "cd", "", "ef"])
while (chunk := next(chunks)) != "":
    print("chunk", chunk)
print(total := sum(data), total)

first, *middle, last = range(7)
print(first, middle, last)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
head, *tail = "x"
print(head, tail)
print(*range(3), sep="|")
print([*"ab", *range(2), *{"k": 1}], {**{"a": 1}, "b": 2, **{"a": 3}}, (*[1], *(2,)))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    p, *q, r = [1]
except ValueError as e:
    print("ValueError:", e)


def kwonly(a, /, b, *, c=3, **kw):
    return a, b, c, kw


print(kwonly(1, 2), kwonly(1, b=2, c=4, d=5))
for call in (lambda: kwonly(a=1, b=2), lambda: kwonly(1, 2, 3), lambda: kwonly(1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed


inc = lambda v: v + 1
dbl = lambda v: v * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))


def memo(f):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper


@memo
def stairs(n):
    return 1 if n <= 1 else stairs(n - 1) + stairs(n - 2)


print(stairs(80), len(stairs.cache))
g = 0


def modify_global():
    global g
    for g in range(5):
        pass
    del g


modify_global()
try:
    print(g)
except NameError as e:
    print("NameError:", e)
print(sorted(k for k in locals() if not k.startswith("_"))[:6])
