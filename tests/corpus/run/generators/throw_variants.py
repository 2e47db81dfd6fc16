# generator.throw() argument forms and error cases.
def g():
    while True:
        try:
            yield "ready"
        except Exception as e:
            print("generator caught", type(e).__name__, e.args)
gen = g()
next(gen)
gen.throw(ValueError("instance"))
gen.throw(ValueError)
gen.throw(ValueError, "value arg")
gen.throw(ValueError, ("tuple", "args"))
gen.throw(KeyError, KeyError("k"))
try:
    gen.throw(5)
except TypeError as e:
    print("TypeError:", e)
try:
    gen.throw(ValueError("x"), "extra")
except TypeError as e:
    print("TypeError:", e)
try:
    gen.throw(object)
except TypeError as e:
    print("TypeError:", e)
def finished():
    yield 1
f = finished()
list(f)
try:
    f.throw(IndexError("after end"))
except IndexError as e:
    print("thrown into finished generator re-raised:", e)
def unstarted():
    print("never prints")
    yield
u = unstarted()
try:
    u.throw(ZeroDivisionError("into unstarted"))
except ZeroDivisionError as e:
    print("thrown into unstarted generator:", e)
print(next(u, "unstarted generator is now closed"))
gen.close()
print(next(gen, "closed"))
