# __new__ vs __init__: creation order, returning other types, singletons.
class Traced:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("__init__", args)
        self.args = args
t = Traced(1, 2)
print(t.args)
class ReturnsOther:
    def __new__(cls):
        print("__new__ returning an int")
        return 42
    def __init__(self):
        print("never called")
print(ReturnsOther())
class Sub(Traced):
    pass
s = Sub("x")
print(type(s).__name__)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print("TypeError:", e)
class Only:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print("created")
        return cls._inst
print(Only() is Only())
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print("TypeError:", e)
class InitOnly:
    def __init__(self, a):
        self.a = a
print(InitOnly(3).a)
try:
    InitOnly()
except TypeError as e:
    print("TypeError:", e)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(3, 4)
print(p, p.x, len(p), p + (5,))
