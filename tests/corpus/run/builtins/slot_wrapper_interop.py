# Slot wrappers and method-wrappers in use: super() calls, inspect predicates, copy, partial, sort keys,
# type.__setattr__ in metaclasses, and the checks of builtin __new__ methods.
import inspect, functools, copy, types
class I(int):
    def __add__(self, o): return I(super().__add__(o) * 10)
print(I(1) + 2, int.__add__(I(1), 2))
class L(list):
    def __getitem__(self, i): return super().__getitem__(i) * 2
    def __setitem__(self, i, v): super().__setitem__(i, v + 1)
l = L([1, 2]); l[0] = 5; print(l[0], l)
class D(dict):
    def __init__(self, *a, **k): super().__init__(*a, **k); self.x = 1
print(D(a=1), D(a=1).x)
print(inspect.ismethoddescriptor(int.__add__), inspect.isbuiltin((1).__add__), inspect.isroutine(int.__add__), inspect.isroutine((1).__add__))
print(callable(int.__add__), callable((1).__add__))
print(isinstance(int.__add__, types.WrapperDescriptorType), isinstance((1).__add__, types.MethodWrapperType), isinstance(str.upper, types.MethodDescriptorType))
print(copy.copy((1).__add__)(2), copy.deepcopy([1].__len__)())
m = functools.partial(int.__add__, 5); print(m(6))
print(sorted([3, 1, 2], key=int.__neg__))
print(list(map(str.__len__, ['ab', 'c'])))
print(int.__add__.__get__(3)(4), int.__dict__['__add__'].__get__(3, int)(4))
print(object.__eq__(1, 1), object.__ne__(1, 2), object.__hash__(None) == hash(None))
print(type.__call__(int, '5'), type.__setattr__ is not object.__setattr__)
class M(type):
    def __setattr__(cls, k, v): super().__setattr__(k, v.upper() if isinstance(v, str) else v)
class X(metaclass=M): pass
X.a = 'q'; print(X.a)
class Y:
    def __setattr__(self, k, v): object.__setattr__(self, k, v * 2)
y = Y(); y.v = 2; print(y.v)
print(getattr(int, '__new__')(int, '7'), str.__new__(str, 5))
try: int.__new__(bool, 1)
except TypeError as e: print(e)
try: object.__new__(type('DictSub', (dict,), {}))
except TypeError as e: print(e)
class S(str):
    def __new__(cls, v): return str.__new__(cls, v + '!')
print(S('a'), tuple.__new__(tuple, [1]), object.__new__(Y).__class__.__name__)
try: object.__new__(int)
except TypeError as e: print(e)
print(hash(None) == None.__hash__())
print({None: 1}[None], None in {None})
print(float.__new__(float, '1.5'), complex.__new__(complex, 1, 2), frozenset.__new__(frozenset, [1]))
print(dict.__dict__['fromkeys'], type(dict.__dict__['fromkeys']).__name__)
