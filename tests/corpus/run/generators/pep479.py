# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def bad():
    yield 1
    raise StopIteration("leaked")
g = bad()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__))
def uses_next():
    it = iter([1])
    while True:
        yield next(it)
try:
    print(list(uses_next()))
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
def safe():
    it = iter([1, 2])
    while True:
        try:
            v = next(it)
        except StopIteration:
            return "clean"
        yield v
print(list(safe()))
def gen_return():
    yield 1
    return 2
try:
    g = gen_return()
    next(g)
    next(g)
except StopIteration as e:
    print("StopIteration value", e.value)
def raise_subclass():
    class MyStop(StopIteration):
        pass
    yield 1
    raise MyStop
try:
    list(raise_subclass())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("from class is fine")
print(list(It()))
