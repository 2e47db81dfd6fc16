# Sorting records (tuples, lists, namedtuples) with and without keys: tuple/list comparison semantics
from collections import namedtuple
from operator import itemgetter, attrgetter

rows = [("carol", 35, 7.5), ("alice", 30, 9.0), ("bob", 35, 7.5), ("alice", 25, 8.25), ("dave", 30, 9.0)]
print(sorted(rows))
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(2, 0), reverse=True))
print(sorted(rows, key=lambda r: (-r[1], r[0])))
Emp = namedtuple("Emp", "name age score")
emps = [Emp(*r) for r in rows]
print([e.name for e in sorted(emps, key=attrgetter("score", "name"))])
print(max(emps), min(emps, key=itemgetter(1)))
nan = float("nan")
t = (1, nan)
print(t == t, (1, nan) == (1, float("nan")), (1, 2) < (1, 2, 0), (2,) > (1, 99), [1, [2, 3]] < [1, [2, 4]])
print((1, "a") < (1, "b"), ((1, 2), 3) <= ((1, 2), 3), [] < [0], () == (), (0,) != (0.0,))
for a, b in [((1, "x"), (1, 2)), ([1, None], [1, 0]), ((1,), [1])]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
nested = (1,)
for _ in range(50):
    nested = (nested, 1)
print(nested > (nested[0], 0), sorted([[3, 1], [2, 9], [3, 0], [2]]))
print(sorted([(1, [3]), (1, [2]), (0, [9])]), sorted(rows, key=itemgetter(0))[:2])
