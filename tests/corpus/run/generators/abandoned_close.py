# A generator nobody refers to any more is closed at once, as CPython's reference count does: its finally
# blocks and with-exits run when a for loop leaves it, when `del` or rebinding drops it, and at exit.
import sys


class Managed:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False


def numbers(tag, n=5):
    try:
        for i in range(n):
            yield i
    finally:
        print("finally", tag)


def managed(tag):
    with Managed(tag):
        yield 1
        yield 2


for x in numbers("break"):
    if x == 2:
        break
print("after break")


def first_even():
    for x in numbers("return"):
        if x % 2 == 0 and x > 0:
            return x


print("first_even", first_even())

try:
    for x in numbers("raise"):
        if x == 1:
            raise ValueError("stop")
except ValueError as e:
    print("caught", e)

for m in managed("with-break"):
    break
print("after with-break")


def nested():
    for a in numbers("outer", 3):
        for b in numbers("inner", 3):
            if b == 1:
                return a, b


print("nested", nested())

it = numbers("del")
next(it)
del it
print("after del")

it = numbers("rebind")
next(it)
it = None
print("after rebind")


def local_only():
    gen = numbers("local")
    return next(gen)


print("local_only", local_only())

for x in numbers("exhausted", 2):
    pass
print("after exhausted")


def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise


for x in catches_exit():
    break
print("after catches_exit")

saved = []


def keeps():
    yield from numbers("kept")


g = keeps()
for x in g:
    break
print("kept generator not closed:", g.gi_frame is not None)
sys.unraisablehook = lambda u: print("unraisable", type(u.exc_value).__name__, u.exc_value)


def stubborn():
    try:
        yield 1
    finally:
        yield 2


for x in stubborn():
    break
sys.unraisablehook = sys.__unraisablehook__
print("after stubborn")
survivor = numbers("at exit")
next(survivor)
print("end of program")
