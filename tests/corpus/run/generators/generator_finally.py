# try/finally and with inside generators: when does cleanup run?
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
def gen():
    with CM("gen-with"):
        try:
            yield 1
            yield 2
        finally:
            print("gen finally")
g = gen()
print(next(g))
g.close()
print("--- exhausted normally")
for v in gen():
    print("value", v)
print("--- break out of loop, then explicit close")
g2 = gen()
for v in g2:
    print("value", v)
    break
print("after break")
g2.close()
print("--- exception thrown in")
g3 = gen()
next(g3)
try:
    g3.throw(ValueError("thrown"))
except ValueError as e:
    print("propagated", e)
def yield_in_finally():
    try:
        yield "try"
    finally:
        yield "finally"
yf = yield_in_finally()
print(list(yf))
def return_in_finally():
    try:
        yield 1
        return "from try"
    finally:
        return "from finally"
rf = return_in_finally()
next(rf)
try:
    next(rf)
except StopIteration as e:
    print("return value:", e.value)
