f = lambda: 0
f = lambda x: x
f = lambda x, y=1, *a, z, **k: x
f = lambda x, /, y, *, z: 0
f = lambda *a: a
f = lambda **k: k
f = lambda *, a=1: a
f = lambda x: (yield)
f = lambda: lambda: 1
f = lambda x=lambda y: y: x
