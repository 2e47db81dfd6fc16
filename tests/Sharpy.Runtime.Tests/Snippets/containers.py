d = {"a": 1, "b": 2}
d["c"] = 3; del d["a"]; d["a"] = 0
print(d, list(d.keys()), list(d.values()), list(d.items()), d.get("z", 9), d.pop("b"), d)
print(d.setdefault("q", []), {**d, "x": 1}, dict(a=1, b=2), dict([("k", "v")]), d | {"n": 1})
l = [5, 3, 8, 1]
l.sort(); l.insert(0, 9); l.extend((7, 7)); l.remove(7)
print(l, l.index(8), l.count(7), l.pop(), l.pop(0), l[::-1], l[1:3], l * 2)
l[1:3] = ["x", "y", "z"]; del l[0]
print(l, [1, 2] + [3], (1,) * 3, (1, 2) < (1, 3), [1, [2]] == [1, [2]])
t = (1, 2, 3)
a, *b = t
print(a, b, t[-1], t.index(2), (1, 2, 3)[1:])
s = {3, 1, 2}
s.add(4); s.discard(1)
print(s, s & {2, 3, 9}, s - {2}, s ^ {4, 5}, {1, 2} <= {1, 2, 3}, frozenset([1, 2]))
print(list(range(10, 0, -3)), range(5)[-1], len(range(0, 10, 3)), 3 in range(5), range(1, 10, 2))
r = []
r.append(r)
print(r, {1: {2: [3]}})
print({x: x * x for x in range(3)}, {x % 3 for x in range(10)}, [[j for j in range(i)] for i in range(3)])
