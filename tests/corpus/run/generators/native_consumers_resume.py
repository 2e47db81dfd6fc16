# Generators driven by native code (sum, list, max, sorted, map, filter, "".join): the resumption path
# used when no Python for loop runs the generator inline.
import sys


def count(n):
    for i in range(n):
        yield i


print(sum(count(10)), list(count(5)), max(count(7)), "".join(str(x) for x in count(4)))

# PEP 479: StopIteration raised inside becomes RuntimeError, chained.
def leaky():
    yield 1
    raise StopIteration("inner")

try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

# A generator that resumes itself while running.
def selfish():
    yield sum(me)

me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

# Finished generators stay finished for native consumers too.
g = count(3)
print(list(g), list(g), sum(g))

# The handled exception seen inside a natively driven generator: the caller's, then its own, never leaking out.
def exc_state():
    yield repr(sys.exc_info()[1])
    try:
        raise KeyError("inside")
    except KeyError:
        yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])

try:
    raise ValueError("outer")
except ValueError:
    print(list(exc_state()))
print(list(exc_state()))
print(repr(sys.exc_info()[1]))

# An exception from the generator body reaches the native consumer's caller.
def failing():
    yield 1
    1 / 0

try:
    sum(failing())
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# Recursion through native consumers still hits the recursion limit.
def deep(n):
    yield sum(deep(n + 1))

try:
    sum(deep(0))
except RecursionError as e:
    print("RecursionError:", e)

# Python functions called by native code.
data = [5, 3, 9, 1]
print(sorted(data, key=lambda x: -x), list(map(lambda x: x * 2, data)), list(filter(lambda x: x > 2, data)))
try:
    sorted(data, key=lambda x: 1 / (x - 3))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# A generator suspended in try/finally and abandoned by a native consumer is closed later, as in CPython.
def cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")

print(next(iter(cleanup())))
print(max(cleanup()))
