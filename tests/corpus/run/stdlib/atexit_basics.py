import atexit
import sys

def goodbye(name, punctuation="!"):
    print(f"Goodbye, {name}{punctuation}")

def first():
    print("registered first, runs last")

class Broken:
    def __repr__(self):
        return "<Broken handler>"

    def __call__(self):
        raise ValueError("problem in handler")

broken = Broken()

atexit.register(first)
atexit.register(goodbye, "world")
atexit.register(goodbye, "Alice", punctuation="?")
r = atexit.register(broken)
print(r is broken)

@atexit.register
def decorated():
    print("decorated handler")
    sys.stdout.flush()

def removed():
    print("should not run")

atexit.register(removed)
atexit.register(removed)
atexit.unregister(removed)
try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)
print("main body done")
