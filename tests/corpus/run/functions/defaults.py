# Default arguments: evaluated once, mutable default pitfall.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
counter = 10
def snapshot(v=counter):
    return v
counter = 20
print(snapshot(), snapshot(5))
def f(a, b=2, *, c=3, d):
    return (a, b, c, d)
print(f(1, d=4), f(1, 5, d=6, c=7))
print(f.__defaults__, f.__kwdefaults__, f.__name__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
def none_default(x=None):
    if x is None:
        x = []
    x.append(1)
    return x
print(none_default(), none_default())
def g(a, b=[1], c={"k": 1}, d=(1, 2)):
    return a, b, c, d
print(g(0))
print(g.__defaults__)
def h(x, y=lambda: "lam"):
    return x, y()
print(h(1))
