class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.x)
    def __iadd__(self, o): self.x += 100; return self
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __hash__(self): return hash(self.x)
    def __lt__(self, o): return self.x < o.x
    def __repr__(self): return f"V({self.x})"
    def __len__(self): return self.x
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
    def __contains__(self, v): return v == 42
    def __call__(self, *a): return ("called", a)
    def __bool__(self): return self.x != 0
    def __enter__(self): print("enter"); return self
    def __exit__(self, *exc): print("exit", exc[0]); return True
    def __format__(self, spec): return f"V<{spec}>"
    def __index__(self): return self.x
v = V(1)
print(v + 1, 1 + v, v + V(2), v == V(1), v != V(1), sorted([V(3), V(1)]), len(V(4)))
v += 1
print(v, list(V(0)), 42 in v, v(1, 2), bool(V(0)), f"{v:abc}", [0, 1, 2][V(1)], {V(1): "a"}[V(1)])
with V(5) as w:
    raise ValueError("suppressed")
print("after with")
class NoHash:
    def __eq__(self, o): return True
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
class DD(dict):
    def __missing__(self, k): return k * 2
print(DD()[4], isinstance(DD(), dict))
class L(list):
    def total(self): return sum(self)
l = L([1, 2, 3]); l.append(4)
print(l, l.total(), type(l).__name__)
try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)
try:
    [] < 3
except TypeError as e:
    print("TypeError:", e)
