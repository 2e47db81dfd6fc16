# range slices keep the slice's own stop (rangeobject.c compute_slice); other builtin corners.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
t(1, lambda: range(10)[::-3])
t(2, lambda: range(10)[::-1])
t(3, lambda: range(1, 20, 4)[1:3])
t(4, lambda: range(0, -10, -2)[::-2])
t(5, lambda: range(10)[8:2:-2])
t(6, lambda: range(10)[100:])
t(7, lambda: list(range(10)[::-3]) == list(range(10))[::-3])
t(8, lambda: range(2**70)[::-2**68])
t(9, lambda: float.fromhex('zz'))
t(10, lambda: float.fromhex('0x1.8p1'))
t(11, lambda: float.fromhex('0x1g'))
t(12, lambda: isinstance([], list[int]))
t(13, lambda: issubclass(list, list[int]))
t(14, lambda: isinstance([], list | None))
t(15, lambda: '%d' % 10**5000)
def f(self):
    return self
t(16, lambda: f.__get__(5)())
t(17, lambda: f.__get__(None, int) is f)
t(18, lambda: f.__get__(None))
t(19, lambda: f.__get__(None, None))
