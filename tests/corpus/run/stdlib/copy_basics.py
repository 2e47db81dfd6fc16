import copy

nested = [1, [2, 3], {'k': [4]}]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[1].append('mut'); nested[2]['k'].append('mut')
print(shallow, deep, shallow[1] is nested[1], deep[1] is nested[1])
print(copy.copy(5), copy.copy('s'), copy.copy((1, [2])), copy.deepcopy((1, 2)), copy.copy({1, 2}), copy.copy(frozenset({3})))
t = (1, [2])
print(copy.deepcopy(t) == t, copy.deepcopy(t) is t, copy.deepcopy(t)[1] is t[1], copy.copy(t) is t)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x!r}, {self.y!r})'

p = Point([1], {'a': 1})
p2 = copy.copy(p); p3 = copy.deepcopy(p)
print(p2, p3, p2.x is p.x, p3.x is p.x, type(p3).__name__, p3.__dict__)

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('__copy__ called')
        return Custom(self.v)
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo))
c = Custom([1, 2])
print(copy.copy(c).v, copy.deepcopy(c).v is c.v)

cyclic = [1]
cyclic.append(cyclic)
cc = copy.deepcopy(cyclic)
print(cc[1] is cc, cc[1] is cyclic, cc)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)

class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = [1]
s = Slotted(); s2 = copy.deepcopy(s)
print(s2.a, s2.a is s.a, hasattr(s2, 'b'))

class WithState:
    def __init__(self):
        self.data = [1, 2]
        self.cache = 'big'
    def __getstate__(self):
        return {'data': self.data}
    def __setstate__(self, state):
        print('setstate', state)
        self.__dict__.update(state)
        self.cache = None
ws = copy.deepcopy(WithState())
print(ws.data, ws.cache)

class Reduced:
    def __init__(self, a, b=0):
        self.a, self.b = a, b
    def __reduce__(self):
        return (Reduced, (self.a, self.b + 1))
r = copy.copy(Reduced(1, 1))
print(r.a, r.b)

class MyList(list):
    pass
ml = MyList([1, [2]]); ml.tag = 'x'
ml2 = copy.deepcopy(ml)
print(type(ml2).__name__, ml2, ml2.tag, ml2[1] is ml[1])

def f():
    pass
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.deepcopy(int) is int, copy.deepcopy(None))
memo = {}
a = [1, 2]
b = copy.deepcopy(a, memo)
print(b, id(a) in memo, copy.Error.__mro__[1].__name__)
try:
    copy.deepcopy(x for x in [])
except TypeError as e:
    print(e)
