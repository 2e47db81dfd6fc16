# Comprehension variables do not leak; class-scope subtleties.
x = "outer"
res = [x for x in range(3)]
print(res, x)
i = 100
print([i for i in range(2)], i)
funcs = [lambda: n for n in range(3)]
print([f() for f in funcs])
funcs2 = [lambda n=n: n for n in range(3)]
print([f() for f in funcs2])
class C:
    data = [1, 2, 3]
    squares = [v * v for v in data]
    total = sum(v for v in data)
    try:
        bad = [v + len(data) for v in range(2)]
    except NameError as e:
        err = str(e)
print(C.squares, C.total, C.err)
def f():
    y = 10
    return [y + k for k in range(3)]
print(f())
def g():
    return [(a, b) for a in range(2) for b in range(a, 3)]
print(g())
[last := q for q in range(5)]
print(last)
def h():
    [inner := q * 2 for q in range(4)]
    return inner
print(h())
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print("NameError:", e)
gen = (k for k in range(3))
print(next(gen), next(gen), next(gen), next(gen, "done"))
