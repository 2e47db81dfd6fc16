# tuples: packing, unpacking, methods, immutability.
t = (1, 2, 3, 2)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], t.count(2), t.index(3))
print((), (1,), tuple("ab"), tuple([1, 2]), tuple(range(3)))
a, b, c, d = t
print(a, b, c, d)
x = 1, 2
print(x, type(x).__name__)
print(t + (4,), t * 2, (0,) * 3, 2 in t)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2))
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = t
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c, d, e = t
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
nested = ((1, 2), (3, (4, 5)))
(p, q), (r, (s, u)) = nested
print(p, q, r, s, u)
tl = ([1], [2])
tl[0].append(9)
print(tl)
try:
    tl[0] += [10]
except TypeError as e:
    print("TypeError:", e)
print(tl)
print(hash((1, 2)) == hash((1, 2)), (1, 2) in {(1, 2): 0})
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
