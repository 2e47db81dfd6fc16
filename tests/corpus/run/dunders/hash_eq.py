# __hash__ and __eq__ in dicts and sets.
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        return self.k % 3
    def __repr__(self):
        return f"Key({self.k})"
d = {}
for i in range(6):
    d[Key(i)] = i * i
d[Key(2)] = "replaced"
print(len(d), d[Key(4)], d[Key(2)], Key(7) in d)
print(list(d.items()))
s = {Key(1), Key(1), Key(4)}
print(len(s), Key(4) in s)
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)
class Inherit(Key):
    pass
print(hash(Inherit(5)), Inherit(5) == Key(5))
class ExplicitHash(EqOnly):
    __hash__ = object.__hash__
print(type(hash(ExplicitHash())).__name__)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()))
class BadHash:
    def __hash__(self):
        return "no"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
class MinusOne:
    def __hash__(self):
        return -1
print(hash(MinusOne()))
print(hash(42), hash(-1), hash(-2), hash(True), hash(3.0), hash(2.5), hash((1, 2)), hash(None) == hash(None))
print(hash(()), hash((1,)))
