# dict operations; insertion order is preserved.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), d["a"], d.get("z"), d.get("z", 0))
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
del d["b"]
d["b"] = 5
print(d)
print(d.pop("a"), d.pop("zz", "dflt"), d)
print(d.setdefault("c", 99), d.setdefault("n", []), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d)
print(d.popitem(), d)
print("x" in d, "q" not in d, 3 in d.values(), ("x", 1) in d.items())
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict.fromkeys("ab", 0), dict.fromkeys([1, 2]))
e = {1: "one", 2: "two"}
f = {2: "TWO", 3: "three"}
print(e | f, f | e)
e |= f
print(e)
print({k: v for k, v in zip("abc", range(3))})
print({i: i * i for i in range(5) if i % 2})
c = d.copy()
c["new"] = 1
print(len(d), len(c))
print(dict(sorted({"b": 1, "a": 2}.items())))
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    for k in d:
        d[k + "!"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print({1: 2} == {1: 2}, {1: 2, 3: 4} == {3: 4, 1: 2}, {} == {})
keys = d.keys()
d["late"] = 0
print(len(keys), "late" in keys)
print(list(reversed({"p": 1, "q": 2, "r": 3})))
print(d.keys() & {"x", "late"} == {"x", "late"}, sorted(d.keys() - {"x"}))
