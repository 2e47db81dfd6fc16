import copy
import copyreg


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, 2)
rv = p.__reduce_ex__(2)
print(len(rv), rv[0].__name__, rv[0] is copyreg.__newobj__, rv[1] == (Point,), rv[2], rv[3], rv[4])
rv4 = p.__reduce_ex__(4)
print(rv4[0].__name__, rv4[2])
print(type(object.__reduce_ex__).__name__ in ("method_descriptor", "builtin_function_or_method"))
print(p.__getstate__(), p.__getstate__() is p.__dict__)
print(object().__getstate__())

rebuilt = rv[0](*rv[1])
rebuilt.__dict__.update(rv[2])
print(rebuilt, rebuilt is not p)

# protocol 0/1: copyreg._reconstructor
r0 = p.__reduce_ex__(0)
print(r0[0].__name__, r0[1], r0[2])
r1 = p.__reduce__()
print(r1[0] is copyreg._reconstructor, r1[1][1] is object)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


s = Slotted()
print(s.__reduce_ex__(2)[2])
print(copyreg._slotnames(Slotted))
try:
    s.__reduce_ex__(1)
except TypeError as e:
    print("TypeError:", e)


class WithArgs:
    def __new__(cls, value):
        self = super().__new__(cls)
        self.value = value
        return self

    def __getnewargs__(self):
        return (self.value,)


w = WithArgs(5)
rw = w.__reduce_ex__(2)
print(rw[1][1:], rw[2])
print(copy.copy(w).value, copy.deepcopy(w).value)


class KwArgs:
    def __new__(cls, *, size):
        self = super().__new__(cls)
        self.size = size
        return self

    def __getnewargs_ex__(self):
        return (), {"size": self.size}


k = KwArgs(size=3)
rk = k.__reduce_ex__(4)
print(rk[0].__name__, rk[1][1:], copy.copy(k).size)


class Custom:
    def __init__(self, data):
        self.data = data

    def __reduce__(self):
        return (Custom, (self.data[:],))


c = Custom([1, 2])
print(c.__reduce_ex__(2)[0] is Custom, c.__reduce_ex__(2)[1])
print(copy.copy(c).data, copy.deepcopy(c).data is not c.data)


class MyList(list):
    pass


ml = MyList([1, 2, 3])
ml.tag = "t"
rl = ml.__reduce_ex__(2)
print(rl[0].__name__, rl[2], list(rl[3]))
cl = copy.deepcopy(ml)
print(type(cl).__name__, cl, cl.tag)


class MyDict(dict):
    pass


md = MyDict(a=1)
print(sorted(md.__reduce_ex__(2)[4]))

# copyreg.pickle registers a reduction function used by copy
class Money:
    def __init__(self, cents):
        self.cents = cents


def reduce_money(m):
    print("reduce_money called")
    return Money, (m.cents,)


copyreg.pickle(Money, reduce_money)
print(copy.copy(Money(250)).cents)
print(Money in copyreg.dispatch_table)
try:
    copyreg.pickle(Money, 42)
except TypeError as e:
    print("TypeError:", e)

copyreg.add_extension("mod", "name", 240)
print(copyreg._extension_registry[("mod", "name")], copyreg._inverted_registry[240])
copyreg.remove_extension("mod", "name", 240)
print(("mod", "name") in copyreg._extension_registry)
try:
    copyreg.add_extension("mod", "name", 0)
except ValueError as e:
    print("ValueError:", e)
print(copyreg.__newobj__(Point.__mro__[0], ).__class__.__name__)
