# dict ordering: insertion order, deletion, reinsertion, int keys.
d = {}
for k in [5, 3, 9, 1, 7]:
    d[k] = k * 10
print(d)
del d[3]
d[3] = 0
print(d, list(d.items())[0])
d[5] = "updated"
print(d)
e = dict.fromkeys(range(10, 0, -2))
print(e)
words = "the quick brown fox jumps over the lazy dog the end".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
nested = {"a": {"b": {"c": [1, 2, {"d": None}]}}}
print(nested, nested["a"]["b"]["c"][2]["d"])
inv = {v: k for k, v in {"x": 1, "y": 2, "z": 1}.items()}
print(inv)
m = {1: "a", True: "b", 1.0: "c"}
print(m, len(m))
print({(1, 2): "t", None: "n", 3.5: "f", -1: "neg"})
r = {}
r[[1, 2][0]] = "list-index"
print(r)
big = {i: i for i in range(100)}
for i in range(0, 100, 3):
    del big[i]
print(len(big), list(big)[:10], list(big)[-3:])
