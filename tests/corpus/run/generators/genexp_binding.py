# Generator expressions evaluate the first iterable immediately, the rest lazily.
def noisy_range(label, n):
    print("creating iterable", label)
    return range(n)
g = (x * y for x in noisy_range("outer", 2) for y in noisy_range("inner", 2))
print("generator created")
print(list(g))
try:
    bad = (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)
lazy = (1 / x for x in [1, 0])
print("no error yet")
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("ZeroDivisionError on second item:", e)
print(next(lazy, "generator is finished after an error"))
items = [1, 2, 3]
ge = (i * 10 for i in items)
items.append(4)
print(list(ge))
items = [100]
x = 5
ge2 = (x + i for i in range(3))
x = 50
print(list(ge2))
def gen_in_func():
    base = 1000
    return (base + i for i in range(2))
print(list(gen_in_func()))
print(sum(x * x for x in range(10) if x % 2), any(x > 100 for x in range(5)), sorted(x % 3 for x in range(6)))
print(tuple(c for c in "abc"), dict((c, ord(c)) for c in "ab"), list(zip((i for i in range(3)), "xyz")))
