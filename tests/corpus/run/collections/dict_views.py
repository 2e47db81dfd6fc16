# dict keys/values/items views: live updates, set operations, equality, reversed.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["d"] = 4
del d["a"]
print(list(k), list(v), list(it), len(k), len(v))
print("b" in k, 2 in v, ("b", 2) in it, ("b", 3) in it)
print(sorted(k & {"b", "x"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(sorted(it & {("c", 3), ("x", 0)}), k == {"b", "c", "d"}, it == {("b", 2), ("c", 3), ("d", 4)})
print(v == v, list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(k.isdisjoint({"q"}), type(k).__name__, type(v).__name__, type(it).__name__)
it2 = iter(d)
print(next(it2))
d["e"] = 5
try:
    next(it2)
except RuntimeError as e:
    print("RuntimeError:", e)
m = {"x": 1}
kv = iter(m.values())
m["x"] = 2
print(next(kv))
print(dict(zip(k, v)), {**d}, dict(d.items()) == d)
print(k.mapping["b"] if hasattr(k, "mapping") else "no mapping")
print(d.get("zz", []), d.copy() == d, d.copy() is d)
e = {}
e.setdefault("list", []).append(1)
e.setdefault("list", []).append(2)
print(e)
print({1: "a"}.items() | {(2, "b")} == {(1, "a"), (2, "b")})
