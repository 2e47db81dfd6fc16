# FOR_ITER runs a generator's frame inside the caller's loop: values, exhaustion, PEP 479, tracebacks,
# exception state, recursion limit, f_back, break/resume, "already executing", finally.
import sys
def g(n):
    for i in range(n):
        yield i
print(sum(x for x in g(10)), list(g(3)))
for x in g(3): print(x)
def bad():
    yield 1
    raise StopIteration
try:
    for x in bad(): print(x)
except RuntimeError as e: print("RT", e, type(e.__cause__).__name__)
def raiser():
    yield 1
    1/0
try:
    for x in raiser(): print(x)
except ZeroDivisionError as e:
    tb = e.__traceback__; n = 0
    while tb: print(tb.tb_frame.f_code.co_name, tb.tb_lineno); tb = tb.tb_next
def exc_state():
    try: raise KeyError(1)
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
try:
    raise ValueError
except ValueError:
    for v in exc_state(): print(v, sys.exc_info()[0].__name__)
print(sys.exc_info())
def rec(n):
    if n: 
        for x in rec(n-1): yield x
    yield n
print(sum(rec(500)))
def fr():
    yield sys._getframe(1).f_code.co_name
def caller():
    for x in fr(): print(x)
caller()
gen = g(5)
for x in gen:
    if x == 2: break
print(next(gen), list(gen))
def selfref():
    yield from it
it = selfref()
try:
    for x in it: pass
except ValueError as e: print(e)
def deep(n):
    if n == 0:
        yield 0; return
    for x in deep(n-1): yield x
try:
    for x in deep(2000): pass
except RecursionError as e: print("RecursionError", e)
def ret():
    yield 1
    return 5
print(list(ret()))
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("fin")
for x in fin(): print(x)
def gg():
    x = yield 1
    print("got", x)
    yield 2
for v in gg(): print(v)
