# Mutating function objects: __defaults__, __kwdefaults__, attributes, and rebinding names.
def greet(name, greeting="Hello", *, punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"))
greet.__defaults__ = ("Howdy",)
greet.__kwdefaults__ = {"punct": "?"}
print(greet("Ann"), greet.__defaults__, greet.__kwdefaults__)
greet.__defaults__ = None
try:
    greet("Ann")
except TypeError as e:
    print("TypeError:", e)
greet.__kwdefaults__ = None
try:
    greet("Ann", "Hi")
except TypeError as e:
    print("TypeError:", e)
def counter():
    counter.calls += 1
    return counter.calls
counter.calls = 0
counter(); counter()
print(counter.calls, counter.__dict__)
original = counter
def counter():
    return "rebound"
try:
    original()
except AttributeError as e:
    print("original() now looks up the rebound global -> AttributeError:", e)
print(counter(), original.__name__ == counter.__name__)
def make():
    def inner():
        return "inner"
    return inner
f1, f2 = make(), make()
print(f1 is f2, f1.__code__ is f2.__code__, f1() == f2())
def add(a, b):
    return a + b
add.__doc__ = "adds"
add.__name__ = "plus"
add.__qualname__ = "math.plus"
print(add.__doc__, add.__name__, add.__qualname__, add(2, 3))
try:
    add.__defaults__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    del add.__name__
except TypeError as e:
    print("TypeError:", e)
