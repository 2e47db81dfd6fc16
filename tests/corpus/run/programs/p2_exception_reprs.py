"""str/repr/args of many exception types, custom __str__, recursive container reprs, and __del__ order."""
import errno
import gc

cases = [
    Exception(), Exception("one"), Exception("a", 2), KeyError("k"), KeyError(("t", 1)), KeyError(),
    IndexError("idx"), ValueError(None), OSError(errno.ENOENT, "No such file", "x.txt"),
    OSError(errno.EACCES, "Permission denied"), OSError("just msg"), FileNotFoundError(2, "gone", "/p", None, "/q"),
    UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte"),
    UnicodeEncodeError("ascii", "héllo", 1, 2, "ordinal not in range(128)"),
    SyntaxError("bad syntax", ("f.py", 3, 5, "x = = 1\n", 3, 6)), StopIteration(42), SystemExit(3),
    AttributeError("no attr", name="x", obj=None), NameError("nm", name="q"), ImportError("imp", name="mod", path="/m.py"),
    ModuleNotFoundError("No module named 'zz'", name="zz"), RecursionError("deep"), ZeroDivisionError(),
    AssertionError("assert msg"), NotImplementedError, TimeoutError(110, "timed out"),
]
for e in cases:
    if isinstance(e, type):
        e = e()
    print(f"{type(e).__name__:<22} str={str(e)!r:<55} args={e.args!r}")
print(OSError(errno.ENOENT, "x").errno, type(OSError(errno.ENOENT, "x")).__name__, type(OSError(errno.EEXIST, "x")).__name__)
print(type(OSError(errno.EPIPE, "p")).__name__, type(OSError(errno.ECONNREFUSED, "c")).__name__, OSError(1, 2, 3).filename)
e = UnicodeDecodeError("utf-8", b"ab\xffcd", 2, 3, "invalid start byte")
print(e.encoding, e.object, e.start, e.end, e.reason)
se = SyntaxError("msg", ("file.py", 10, 4, "text", 10, 8))
print(se.filename, se.lineno, se.offset, se.text, se.end_lineno, se.end_offset, se.msg)
print(StopIteration(1, 2).value, ImportError("x", name="n").name, AttributeError("a", name="b").name)


class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code

    def __str__(self):
        return f"[E{self.code}] {self.args[1]}"


class Quiet(Exception):
    def __repr__(self):
        return "Quiet!"


print(str(AppError(404, "missing")), repr(AppError(404, "missing")), repr(Quiet("x")), str(Quiet("x")))
print(BaseException.__subclasses__()[:4] == [Exception, GeneratorExit, KeyboardInterrupt, SystemExit] or "order differs")
print(sorted(c.__name__ for c in LookupError.__subclasses__() if c.__module__ == 'builtins'), ArithmeticError.__subclasses__()[0].__name__)
print(issubclass(ConnectionResetError, OSError), OSError is IOError, EnvironmentError is OSError, ModuleNotFoundError.__mro__[1].__name__)
e = ValueError("base")
e.add_note("note 1")
print(e.__notes__, str(e), repr(e))
e2 = e.with_traceback(None)
print(e2 is e, e.__traceback__)

lst = [1, 2]
lst.append(lst)
d = {"k": 1}
d["self"] = d
t = (lst, d)
print(lst, d, t)
s = [[]] * 2
s[0].append(s)
print(s)


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(f"__del__ {self.name}")


def scope():
    a = Res("a")
    b = Res("b")
    print("leaving scope")


scope()
x = Res("x")
x = Res("x2")
items = [Res("l1"), Res("l2")]
del items
y = Res("y")
del y
gc.collect()
print("end of program")
z = Res("z-at-exit")
