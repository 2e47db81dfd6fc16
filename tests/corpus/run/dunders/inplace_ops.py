# In-place operator dunders and fallbacks.
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        print("__iadd__", o)
        self.v += o
        return self
    def __add__(self, o):
        print("__add__", o)
        return Acc(self.v + o)
    def __isub__(self, o):
        print("__isub__ returns NotImplemented")
        return NotImplemented
    def __sub__(self, o):
        print("__sub__ fallback")
        return Acc(self.v - o)
    def __imul__(self, o):
        print("__imul__")
        return "replaced"
    def __repr__(self):
        return f"Acc({self.v})"
a = Acc(1)
orig = a
a += 5
print(a, a is orig)
a -= 2
print(a, a is orig)
a *= 3
print(a)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 1
print(x.v, y.v, x is y)
lst = [1]
alias = lst
lst += [2]
print(lst, alias, lst is alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
s = "ab"
s *= 2
print(s)
n = 10
for op in ["+=", "-=", "*=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="]:
    v = 7
    exec_env = {"v": v}
    if op == "+=": v += 3
    elif op == "-=": v -= 3
    elif op == "*=": v *= 3
    elif op == "//=": v //= 3
    elif op == "%=": v %= 3
    elif op == "**=": v **= 3
    elif op == "<<=": v <<= 3
    elif op == ">>=": v >>= 1
    elif op == "&=": v &= 3
    elif op == "|=": v |= 8
    elif op == "^=": v ^= 5
    print(op, v)
class NoOps:
    pass
z = NoOps()
try:
    z += 1
except TypeError as e:
    print("TypeError:", e)
d = {"k": [1]}
d["k"] += [2]
print(d)
class Obj:
    pass
o = Obj()
o.count = 0
o.count += 5
print(o.count)
