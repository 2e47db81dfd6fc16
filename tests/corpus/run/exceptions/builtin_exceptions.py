# Common built-in exceptions and their messages.
cases = [
    lambda: [1, 2][5],
    lambda: (1,)[-3],
    lambda: "abc"[10],
    lambda: {"a": 1}["b"],
    lambda: {1: 2}[(1, 2)],
    lambda: undefined_variable,
    lambda: None.attr,
    lambda: (5).nope,
    lambda: "s".nope,
    lambda: int.nope,
    lambda: 1 + "2",
    lambda: "2" * "2",
    lambda: [] - [],
    lambda: -"x",
    lambda: ~1.5,
    lambda: 1 / 0,
    lambda: 5 % 0,
    lambda: 2.0 // 0.0,
    lambda: int("12x"),
    lambda: [].index(1),
    lambda: next(iter([])),
    lambda: hash([]),
    lambda: {}.pop("x"),
    lambda: float("1e500") > "x",
    lambda: object().__dict__,
    lambda: len(5),
    lambda: iter(None),
    lambda: (x for x in 5),
    lambda: dict([1, 2]),
    lambda: dict([(1, 2, 3)]),
    lambda: 2 ** 10000 * 1.0,
    lambda: "%d" % [],
    lambda: [].sort(1),
    lambda: print(end=5),
]
for c in cases:
    try:
        c()
        print("no exception")
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError), issubclass(UnboundLocalError, NameError))
print(issubclass(RecursionError, RuntimeError), issubclass(StopIteration, Exception), issubclass(KeyboardInterrupt, Exception))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(NotImplementedError, RuntimeError), issubclass(IndentationError, SyntaxError))
print([c.__name__ for c in OSError.__mro__], FileNotFoundError.__mro__[1].__name__)
e = OSError(2, "No such file")
print(e.errno, e.strerror, str(e), type(OSError(2, "x")).__name__)
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))
print(repr(StopIteration(5)), StopIteration(5).value, repr(SystemExit(3)), SystemExit(3).code)
