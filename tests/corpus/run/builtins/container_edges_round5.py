# Container edges: __length_hint__ of native iterators, slice ordering, range indexing and index().
print([iter(x).__length_hint__() for x in ['ab\U0001F600', range(5), {1, 2}, {'a': 1}, b'xyz', bytearray(b'q')]])
d = {'a': 1, 'b': 2, 'c': 3}
it = iter(d.values()); next(it)
print(it.__length_hint__(), reversed(d).__length_hint__(), reversed(d.items()).__length_hint__())
d['z'] = 0
print(it.__length_hint__())
L = [1, 2, 3, 4]
r = reversed(L); next(r)
print(r.__length_hint__())
del L[1:]
print(r.__length_hint__(), list(r))
big = iter(range(2**70)); next(big)
print(big.__length_hint__() == 2**70 - 1)
print(slice(5) < slice(6), slice(1, 2) <= slice(1, 2), slice(2, 3) > slice(1, 9))
for a, b in [(slice(1, 5), slice(2)), (slice(None), slice(1)), (slice('a', 'b'), slice(2))]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
for r in [range(5), range(0, 2**80, 2**70)]:
    for k in [2**70, -2**70, 1.0]:
        try:
            print(r[k])
        except (IndexError, TypeError) as e:
            print(type(e).__name__ + ":", e)
    for x in [3, True, 3.0, 'x', None, 2**75]:
        try:
            print(r.index(x))
        except ValueError as e:
            print("ValueError:", e)
print(max(1, 2), end=' ')
for call in [lambda: max(x=1), lambda: min(key=None), lambda: max(1, 2, x=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
