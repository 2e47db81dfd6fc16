# Generator introspection and re-entrancy.
def g():
    yield 1
    yield 2
gen = g()
print(gen.gi_running, gen.gi_frame is not None, gen.gi_code.co_name)
next(gen)
print(gen.gi_frame.f_lineno)
list(gen)
print(gen.gi_frame)
def reentrant():
    yield me_gen.send(None)
me_gen = reentrant()
try:
    next(me_gen)
except ValueError as e:
    print("ValueError:", e)
def gen_locals(a):
    b = a * 2
    yield b
    c = b + 1
    yield c
gl = gen_locals(5)
print(next(gl), sorted(gl.gi_frame.f_locals.items()))
print(next(gl), sorted(gl.gi_frame.f_locals.items()))
def infinite():
    n = 0
    while True:
        n += 1
        yield n
it = infinite()
taken = []
for v in it:
    if v > 5:
        break
    taken.append(v)
print(taken, next(it))
def two_gens():
    a = (x for x in range(3))
    b = (y * 10 for y in a)
    return list(zip(a, b))
print(two_gens())
gx = (i for i in range(3))
print(gx.__name__, type(gx).__name__)
def yields_expr():
    x = yield
    print("x =", x)
    y = yield x
    print("y =", y)
ye = yields_expr()
print(next(ye))
print(ye.send("first"))
try:
    ye.send("second")
except StopIteration:
    print("done")
