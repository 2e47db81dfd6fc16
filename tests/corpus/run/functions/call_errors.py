# CPython's TypeError messages for bad calls.
def two(a, b):
    return a + b
def dflt(a, b=1):
    pass
def kw(*, k):
    pass
class C:
    def m(self, x):
        return x
    def n(self):
        pass
five, text, nothing = 5, "abc", None
tests = [
    lambda: two(1),
    lambda: two(),
    lambda: two(1, 2, 3),
    lambda: two(1, b=2, c=3),
    lambda: two(1, a=1),
    lambda: dflt(),
    lambda: dflt(1, 2, 3),
    lambda: kw(1),
    lambda: kw(),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C().n(1),
    lambda: C.m(1),
    lambda: (lambda x: x)(),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(5),
    lambda: five(),
    lambda: text(),
    lambda: nothing(1),
    lambda: int(x=1),
    lambda: [].append(),
    lambda: {}.get(),
    lambda: isinstance(1),
    lambda: sorted([3], 1),
    lambda: dflt(1, b=2, **{"b": 3}),
    lambda: print(sep=1),
    lambda: divmod(1),
    lambda: abs("x"),
]
for t in tests:
    try:
        t()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
