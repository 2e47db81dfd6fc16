def f(zeta, alpha, *args, mid=1, **kw):
    b = a = 2
    yy = 1
    def g():
        return zeta, alpha, a, b, mid, kw, yy, args
    return g
print(f.__code__.co_cellvars, f.__code__.co_varnames, f.__code__.co_nlocals)
g = f(1, 2)
print(g.__code__.co_freevars)
class C:
    def m(self):
        return __class__
    def n(self, q):
        def h(): return q, self
        return h
print(C.m.__code__.co_freevars, C.n.__code__.co_cellvars, C.n.__code__.co_varnames)
