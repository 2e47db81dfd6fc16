# Generator basics: laziness, state, exhaustion.
def gen():
    print("start")
    yield 1
    print("after 1")
    yield 2
    print("after 2")
    return "done"
g = gen()
print(type(g).__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
print(next(g, "again exhausted"))
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(5)), sum(count(101)), max(count(4)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def chars(s):
    for ch in s:
        if ch == " ":
            continue
        yield ch.upper()
print("".join(chars("a b c")))
def pipeline():
    evens = (x for x in range(20) if x % 2 == 0)
    squares = (x * x for x in evens)
    return list(squares)
print(pipeline())
g2 = count(3)
print(iter(g2) is g2, g2.__name__, g2.__qualname__)
for v in g2:
    print("loop", v)
def empty():
    return
    yield
print(list(empty()))
def gen_with_locals(n):
    total = 0
    for i in range(n):
        total += i
        yield total
print(list(gen_with_locals(6)))
