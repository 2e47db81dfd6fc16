# len, iter/next, id-free identity, type(), vars of class, globals/locals subsets.
print(len("abc"), len([1, 2]), len({1: 2}), len(range(0, 10, 3)), len(b"xy"), len(set()))
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c)
print(type(None).__name__, type(...).__name__, repr(...), repr(NotImplemented), type(NotImplemented).__name__)
def f():
    x = 1
    y = 2
    return sorted(locals().items())
print(f())
print("f" in globals(), "x" in globals(), globals()["__name__"])
print(__name__, __doc__, type(__builtins__).__name__ in ("module", "dict"))
print(bool(__file__.endswith("misc_builtins.py")))
print(repr(object()).startswith("<object object at"), str(type(object())))
print(list(iter([3, 2, 1])), next(iter("z")))
print(ascii("ąb"), repr(None), str(None), None.__class__.__name__)
print(hash(None) == hash(None), (None,) == (None,))
x = 5
print(eval("x + 1"), eval("[i for i in range(3)]"))
ns = {}
exec("z = 10\ndef g():\n    return z * 2\n", ns)
print(ns["z"], ns["g"]())
print(compile("1 + 1", "<s>", "eval").co_filename, eval(compile("2 * 3", "<s>", "eval")))
print(slice(1, 2), slice(3), Ellipsis is ..., NotImplemented.__class__.__name__)
print(list(filter(str.isdigit, "a1b2c3")), "".join(map(chr, range(97, 100))))
print(sorted(vars(type("T", (), {"q": 1, "p": 2})).keys() - {"__module__", "__dict__", "__weakref__", "__doc__"}))
