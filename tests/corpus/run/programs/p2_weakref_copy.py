"""copy/deepcopy with custom hooks, weakref caches and callbacks, pickle round trips."""
import copy
import weakref
import pickle
import gc


class Node:
    def __init__(self, name, children=None):
        self.name = name
        self.children = children or []
        self.parent = None
        for c in self.children:
            c.parent = self

    def __repr__(self):
        return f"Node({self.name!r}, {len(self.children)} kids)"


root = Node("root", [Node("a", [Node("a1")]), Node("b")])
shallow = copy.copy(root)
deep = copy.deepcopy(root)
print(shallow.children is root.children, deep.children is root.children, deep.children[0].parent is deep)
deep.children[0].name = "changed"
print(root.children[0].name, deep.children[0].name, deep.children[0].children[0].parent.name)

shared = [1, 2]
container = {"x": shared, "y": shared, "t": (shared, 3)}
dc = copy.deepcopy(container)
print(dc["x"] is dc["y"], dc["t"][0] is dc["x"], dc == container)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc)


class Config:
    def __init__(self, data, secret):
        self.data, self.secret = data, secret

    def __copy__(self):
        print("  __copy__ called")
        return Config(self.data, "<redacted>")

    def __deepcopy__(self, memo):
        print("  __deepcopy__ called")
        return Config(copy.deepcopy(self.data, memo), self.secret)


cfg = Config({"k": [1]}, "s3cr3t")
c1, c2 = copy.copy(cfg), copy.deepcopy(cfg)
print(c1.secret, c2.secret, c1.data is cfg.data, c2.data is cfg.data)
print(copy.copy(5), copy.deepcopy("s"), copy.copy((1, [2])) , copy.deepcopy(frozenset({1})))
import dataclasses


@dataclasses.dataclass
class P:
    x: int
    tags: list


p = P(1, ["a"])
print(copy.replace(p, x=2) if hasattr(copy, "replace") else dataclasses.replace(p, x=2), copy.deepcopy(p).tags is p.tags)


class Big:
    instances = 0

    def __init__(self, n):
        self.n = n
        Big.instances += 1

    def __repr__(self):
        return f"Big({self.n})"


events = []
b = Big(1)
r = weakref.ref(b, lambda ref: events.append("collected"))
print(r() is b, r)  if False else print(r() is b, weakref.getweakrefcount(b))
del b
gc.collect()
print(r(), events)

cache = weakref.WeakValueDictionary()
objs = [Big(i) for i in range(4)]
for o in objs:
    cache[o.n] = o
print(sorted(cache.keys()))
del objs[1:3]
gc.collect()
print(sorted(cache.keys()), cache.get(1), 0 in cache)

wk = weakref.WeakKeyDictionary()
k1, k2 = Big(10), Big(11)
wk[k1] = "one"
wk[k2] = "two"
del k1
gc.collect()
print(len(wk), list(wk.values()))
ws = weakref.WeakSet([k2, objs[0]])
print(len(ws), k2 in ws)
proxy = weakref.proxy(objs[0])
print(proxy.n, repr(proxy.__class__.__name__))
fin = weakref.finalize(objs[0], events.append, "finalized")
print(fin.alive)
objs.clear()
gc.collect()
print(fin.alive, events)
try:
    proxy.n
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    weakref.ref(5)
except TypeError as e:
    print("TypeError:", e)


class Method:
    def hello(self):
        return "hi"


m = Method()
wm = weakref.WeakMethod(m.hello)
print(wm()())
del m
gc.collect()
print(wm())

for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
    data = {"a": [1, 2.5, "s", None, True], "b": (1, 2), "c": {3, 4}, "d": b"raw", "e": 2 ** 80}
    assert pickle.loads(pickle.dumps(data, protocol=proto)) == data
print("pickle ok up to protocol", pickle.HIGHEST_PROTOCOL)
nd = pickle.loads(pickle.dumps(root))
print(nd, nd.children[0].parent is nd, nd.children[0].children)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __reduce__(self):
        return (Point, (self.x, self.y))

    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)


print(pickle.loads(pickle.dumps(Point(1, 2))) == Point(1, 2), pickle.dumps(None, 2), pickle.dumps([1, "a"], 0))
try:
    pickle.dumps(lambda: 1)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__, str(e).split(":")[-1])
try:
    pickle.loads(b"garbage")
except pickle.UnpicklingError as e:
    print("UnpicklingError:", e)
