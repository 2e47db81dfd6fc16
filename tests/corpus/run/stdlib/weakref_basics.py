import weakref, gc, sys

class C:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"C({self.name!r})"
    def method(self):
        return self.name

def make():
    return C("temp")

o = C("a")
r = weakref.ref(o)
print(r() is o, r() )
print(weakref.ref(o) is r)
print(weakref.getweakrefcount(o))
print(type(r), type(r).__name__, weakref.ref, weakref.ReferenceType is weakref.ref)
print(repr(r).startswith("<weakref at 0x"), "to 'C' at 0x" in repr(r))
print(isinstance(r, weakref.ref), callable(r))
print(r.__callback__)
print(hash(r) == hash(o))
r2 = weakref.ref(o, lambda w: print("callback", w() is None))
print(r2 is r, r2 == r, r2.__callback__ is not None)
print(weakref.getweakrefcount(o))
for bad in (1, "s", (1,), [1], {}, None, object(), 1.5):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(e)
class S:
    __slots__ = ("x",)
class SW:
    __slots__ = ("x", "__weakref__")
class L(list): pass
class I(int): pass
class D(dict): pass
for cls in (S, SW, L, D):
    try:
        weakref.ref(cls())
        print(cls.__name__, "ok")
    except TypeError as e:
        print(cls.__name__, e)
try:
    weakref.ref(I(1))
except TypeError as e:
    print(e)
print(weakref.ref(len)() is len, weakref.ref(C)() is C, weakref.ref(make)() is make)

# proxy
p = weakref.proxy(o)
print(p.name, p.method(), str(p), p == o)
p.name = "b"
print(o.name)
fp = weakref.proxy(make)
print(fp())
print(type(p).__name__, type(fp).__name__)
# WeakValueDictionary
wvd = weakref.WeakValueDictionary()
keep = C("kept")
wvd["k"] = keep
wvd["j"] = C("j") if False else keep
print(len(wvd), "k" in wvd, wvd["k"], sorted(wvd.keys()), wvd.get("zz", "default"))
del wvd["j"]
print(list(wvd.items()))
try:
    wvd["missing"]
except KeyError as e:
    print("KeyError", e)
# WeakKeyDictionary
wkd = weakref.WeakKeyDictionary()
k1 = C("key1")
wkd[k1] = 1
print(len(wkd), wkd[k1], k1 in wkd, list(wkd.values()))
# WeakSet
ws = weakref.WeakSet()
a, b = C("x"), C("y")
ws.add(a); ws.add(b); ws.add(a)
print(len(ws), a in ws, sorted(x.name for x in ws))
ws.discard(a)
print(len(ws), a in ws)
# WeakMethod
wm = weakref.WeakMethod(o.method)
print(wm()(), wm() == o.method)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(e)
# finalize
def bye(msg):
    print("finalized:", msg)
obj = C("f")
f = weakref.finalize(obj, bye, "obj f")
print(f.alive, f.peek()[1] is bye)
print(f())
print(f.alive, f())
obj2 = C("g")
f2 = weakref.finalize(obj2, bye, "at exit")
f3 = weakref.finalize(obj2, bye, "detached")
print(f3.detach()[2])
print(gc.isenabled()); gc.disable(); print(gc.isenabled()); gc.enable()
print(gc.get_threshold(), type(gc.collect()))
print("end of program")

# A cache that hands out the same object while someone holds it.
class Image:
    def __init__(self, name):
        self.name = name

_cache = weakref.WeakValueDictionary()

def load(name):
    img = _cache.get(name)
    if img is None:
        img = Image(name)
        _cache[name] = img
    return img

i1 = load("logo")
i2 = load("logo")
print(i1 is i2, len(_cache), "logo" in _cache, "other" in _cache)
print(_cache.pop("logo").name, len(_cache))
print(_cache.setdefault("x", i1) is i1, list(_cache.keys()))

# Per-object metadata without keeping objects alive.
meta = weakref.WeakKeyDictionary()
n1, n2 = Image("n1"), Image("n2")
meta[n1] = {"size": 1}
meta[n2] = {"size": 2}
print(sorted(v["size"] for v in meta.values()), len(meta), meta.get(n1), meta.get(Image("other"), "none"))
del meta[n1]
print(len(meta), n1 in meta, n2 in meta)
try:
    meta[n1]
except KeyError:
    print("KeyError for removed key")

ws2 = weakref.WeakSet([n1, n2])
print(len(ws2), n1 in ws2, len(ws2 | weakref.WeakSet([i1])), len(ws2 - weakref.WeakSet([n1])))
print(weakref.getweakrefcount(Image("fresh")))

class Node:
    def __init__(self, parent=None):
        self._parent = weakref.ref(parent) if parent is not None else None
    @property
    def parent(self):
        return self._parent() if self._parent is not None else None

root = Node()
child = Node(root)
print(child.parent is root, root.parent)
try:
    hash(weakref.proxy(root))
except TypeError as e:
    print("TypeError:", e)

# __weakref__ and the order of getweakrefs()
class Tracked:
    pass

t = Tracked()
print(t.__weakref__)
cb1 = weakref.ref(t, lambda r: None)
plain = weakref.ref(t)
cb2 = weakref.ref(t, lambda r: None)
refs = weakref.getweakrefs(t)
print(len(refs), refs[0] is plain, refs[1] is cb2, refs[2] is cb1, t.__weakref__ is plain)
print(weakref.getweakrefcount(t), weakref.getweakrefcount(42))
