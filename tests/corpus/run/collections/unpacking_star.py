# Extended iterable unpacking and star expressions in displays.
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(6)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
first, *_, last = (10, 20, 30, 40)
print(first, last)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
print([*range(3), *"ab", 9])
print((*[1, 2], 3), {*[1, 2], *{3}}, {**{"a": 1}, "b": 2, **{"a": 3}})
for x, *y in [(1, 2, 3), (4,), "ab"]:
    print(x, y)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
a, b = b, a
print(a, b)
x = y = z = 7
print(x, y, z)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 5
print(i, lst)
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], *(3,), **{"k": 1}, **{"j": 2}))
print(*[1, 2, 3], sep="-")
print(*"abc")
head, *tail = "a"
print(head, tail)
