# Iteration order of int sets follows CPython's hash table layout (hash(n) == n for small ints).
print({3, 1, 2}, {10, 20, 30, 40}, {-1, -2, 0, 1})
print({8, 16, 24, 32, 0}, {100, 1000, 10000}, {7, 15, 23, 31})
s = set()
for v in [50, 3, 99, 12, 7, 64, 1, 33]:
    s.add(v)
    print(sorted(s) == sorted(list(s)), list(s))
for v in [3, 64, 50]:
    s.discard(v)
print(s, list(s))
s.update(range(20, 25))
print(s)
print(set(range(10, 0, -1)), set([2 ** 40, 5, 2 ** 33]), {-5, 5, -10, 10})
print(frozenset({9, 8, 7, 6, 5}), {1, 2, 3} | {100, 64, 32}, {5, 6, 7, 8} - {6})
big = set(range(0, 200, 7))
print(len(big), list(big)[:10])
print({True, 2, 0.0}, {1.5, 2.5, 0.5}, {(1, 2), (0, 0)} == {(0, 0), (1, 2)})
d = {k: None for k in [9, 1, 17, 25, 33]}
print(list(d), set(d))
