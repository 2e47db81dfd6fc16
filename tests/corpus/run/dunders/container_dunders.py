# __getitem__/__setitem__/__delitem__/__contains__/__missing__/__len__.
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        print("getitem", key)
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        print("setitem", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("delitem", key)
        del self.cells[key]
    def __contains__(self, key):
        print("contains", key)
        return key in self.cells
    def __len__(self):
        return len(self.cells)
g = Grid()
g[1, 2] = "X"
g[0, 0] = "O"
print(g[1, 2], g[5, 5], len(g))
print((1, 2) in g, (9, 9) in g, (9, 9) not in g)
del g[1, 2]
print(len(g))
class Sl:
    def __getitem__(self, item):
        return item
s = Sl()
print(s[1], s[1:2], s[::2], s[1:2, 3], s[...], s["k"], s[:, None])
class Default(dict):
    def __missing__(self, key):
        print("__missing__", key)
        value = key * 2
        self[key] = value
        return value
d = Default(a="A")
print(d["a"], d["b"], d["b"], d.get("c"), "c" in d, d)
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()))
class NoContains:
    def __iter__(self):
        print("iterating for in")
        return iter([1, 2, 3])
print(2 in NoContains(), 5 in NoContains())
try:
    Sl()[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del Sl()[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
try:
    5 in 5
except TypeError as e:
    print("TypeError:", e)
