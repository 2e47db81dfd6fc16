# Implicit special-method lookup goes to the type, bypassing instance dicts and __getattribute__.
class C:
    def __len__(self):
        return 1
    def __repr__(self):
        return "C-repr"
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance repr"
print(len(c), c.__len__(), repr(c), c.__repr__())
class Spy:
    def __getattribute__(self, name):
        print("__getattribute__", name)
        return object.__getattribute__(self, name)
    def __add__(self, other):
        return "added"
    def __str__(self):
        return "spy-str"
s = Spy()
print(s + 1)
print(str(s))
print(s.__add__(2))
class Dyn:
    pass
d = Dyn()
d.__iter__ = lambda: iter([1, 2])
try:
    iter(d)
except TypeError as e:
    print("TypeError:", e)
Dyn.__iter__ = lambda self: iter([3, 4])
print(list(d))
class GetattrOnly:
    def __getattr__(self, name):
        print("__getattr__", name)
        if name == "__len__":
            return lambda: 5
        raise AttributeError(name)
g = GetattrOnly()
try:
    len(g)
except TypeError as e:
    print("TypeError:", e)
print(g.__len__())
class Meta(type):
    def __len__(cls):
        return 7
class WithMeta(metaclass=Meta):
    def __len__(self):
        return 3
print(len(WithMeta), len(WithMeta()))
class HashNone:
    __hash__ = None
try:
    hash(HashNone())
except TypeError as e:
    print("TypeError:", e)
class CallDescriptor:
    def __get__(self, obj, objtype=None):
        print("descriptor __get__ for __call__")
        return lambda *a: ("called via descriptor", a)
class Callable:
    __call__ = CallDescriptor()
print(Callable()(1, 2))
