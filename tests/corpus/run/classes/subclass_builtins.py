# Subclassing int, str, list, dict and Exception.
class Meters(int):
    def __new__(cls, value, unit="m"):
        obj = super().__new__(cls, value)
        obj.unit = unit
        return obj
    def __repr__(self):
        return f"{int(self)}{self.unit}"
m = Meters(5)
print(m, m + 3, type(m + 3).__name__, m * 2, isinstance(m, int), m.unit, m == 5, hash(m) == hash(5))
class Shout(str):
    def shout(self):
        return self.upper() + "!"
s = Shout("hey")
print(s, s.shout(), s + "x", type(s + "x").__name__, type(s).__name__, len(s), s[1:], s == "hey")
class Stack(list):
    def push(self, v):
        self.append(v)
        return self
    def peek(self):
        return self[-1]
st = Stack([1, 2])
st.push(3).push(4)
print(st, st.peek(), len(st), type(st).__name__, type(st + [5]).__name__, st[1:3], type(st[1:3]).__name__)
class AttrDict(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k) from None
    def __setattr__(self, k, v):
        self[k] = v
ad = AttrDict(a=1)
ad.b = 2
print(ad, ad.a, ad.b, ad.get("b"), sorted(ad.keys()))
try:
    ad.zzz
except AttributeError as e:
    print("AttributeError:", e)
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
try:
    raise AppError(404, "not found")
except Exception as e:
    print(type(e).__name__, e, e.code, e.args, repr(e))
class Empty(Exception):
    pass
print(repr(Empty()), str(Empty()), repr(Empty(1, 2)), str(Empty(1, 2)), str(Empty("one")))
class LoudDict(dict):
    def __setitem__(self, k, v):
        print("setitem", k)
        super().__setitem__(k, v.upper())
ld = LoudDict()
ld["x"] = "abc"
ld.update(y="def")
print(ld)
class MyTuple(tuple):
    @property
    def first(self):
        return self[0]
mt = MyTuple((9, 8))
print(mt, mt.first, isinstance(mt, tuple))
class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
print(Upper("quiet"), Upper("a") < "b")
class Flag(float):
    pass
print(Flag(1.5) + 1, repr(Flag(2.0)), Flag("3.25"))
