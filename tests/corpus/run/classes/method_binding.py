# Bound/unbound methods, functions stored on instances, and callables as class attributes.
class C:
    def m(self, x):
        return ("m", self.tag, x)
    tag = "class-tag"
c = C()
bm = c.m
print(bm(1), C.m(c, 2), bm.__self__ is c, bm.__func__ is C.m)
c.tag = "instance-tag"
print(bm(3))
def free(self, y):
    return ("free", y)
C.free = free
print(c.free(4))
c.attr_func = lambda y: ("instance func, no self", y)
print(c.attr_func(5))
class CallableObj:
    def __call__(self, *args):
        return ("callable obj", len(args))
C.co = CallableObj()
print(c.co(6))
C.bi = len
print(C.bi("abc"))
print(C.m.__get__(c, C)(7))
meths = [c.m, c.m]
print(meths[0] == meths[1], meths[0] is meths[1])
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self
ctr = Counter()
f = ctr.inc
f(); f(); f()
print(ctr.n, f().n)
print(list(map(C.m, [c, c], [8, 9])))
print(type(c.m).__name__, type(C.m).__name__, type(C.__dict__["m"]).__name__)
print(str.upper("x"), "x".upper.__self__, [].append.__name__)
