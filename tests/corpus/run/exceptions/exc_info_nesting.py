# sys.exc_info() / sys.exception() across nested handlers, functions and generators.
import sys
def current():
    e = sys.exception()
    return None if e is None else repr(e)
print(current())
try:
    raise ValueError("outer")
except ValueError:
    print("in outer handler:", current())
    try:
        raise KeyError("inner")
    except KeyError:
        print("in inner handler:", current())
    print("back in outer handler:", current())
print("after all handlers:", current())
def helper():
    return current()
try:
    raise TypeError("t")
except TypeError:
    print("seen from called function:", helper())
def gen():
    yield current()
    try:
        raise IndexError("g")
    except IndexError:
        yield current()
    yield current()
try:
    raise RuntimeError("around generator")
except RuntimeError:
    g = gen()
    print("gen first:", next(g))
print("gen second:", next(g))
print("gen third:", next(g))
try:
    raise ZeroDivisionError("z")
except ZeroDivisionError:
    pass
finally:
    print("in finally after handled:", current())
try:
    try:
        raise OSError("o")
    finally:
        print("in finally while propagating:", current())
except OSError:
    pass
t, v, tb = sys.exc_info()
print(t, v, tb)
