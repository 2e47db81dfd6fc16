import sys
import traceback

class AppError(Exception):
    code = 1
    def __init__(self, msg, *, detail=None):
        super().__init__(msg)
        self.detail = detail
    def __str__(self):
        base = super().__str__()
        return f"[{type(self).__name__}#{self.code}] {base}" + (f" ({self.detail})" if self.detail else "")

class ConfigError(AppError):
    code = 2

class NetworkError(AppError):
    code = 3
    def __repr__(self):
        return f"NetworkError<{self.args[0]!r}>"

def load(name):
    try:
        return {"a": 1}[name]
    except KeyError as e:
        raise ConfigError(f"missing key {name}", detail="check config") from e

def fetch():
    try:
        1 / 0
    except ZeroDivisionError:
        raise NetworkError("timeout")

for fn in (lambda: load("b"), fetch):
    try:
        fn()
    except AppError as e:
        print(e, "|", repr(e), "|", e.args, "|", type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)

try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise TypeError("outer") from None
except TypeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)

class NoArgs(Exception):
    pass
print(repr(NoArgs()), str(NoArgs()), repr(NoArgs(1, 2)), str(NoArgs(1, 2)), str(NoArgs("x")), repr(KeyError("k")), str(KeyError("k")), str(KeyError()))
print(repr(OSError(2, "No such file")), str(OSError(2, "No such file", "f.txt")), OSError(2, "x").errno, type(OSError(2, "x")).__name__)
print(str(OSError(1, "a", "f", None, "g")), repr(FileNotFoundError("x")), isinstance(FileNotFoundError(), OSError), IOError is OSError)
print(str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")), repr(StopIteration(3).value), SystemExit(4).code)
e = ValueError("note me")
e.add_note("first note")
e.add_note("second")
print(e.__notes__, str(e))
try:
    e.add_note(5)
except TypeError as te:
    print("TypeError:", te)

def nested(n):
    if n == 0:
        raise LookupError("bottom")
    try:
        nested(n - 1)
    except LookupError as e:
        raise RuntimeError(f"level {n}") from e if n % 2 else RuntimeError(f"plain {n}")

try:
    nested(3)
except RuntimeError as e:
    chain = []
    cur = e
    while cur:
        chain.append(f"{type(cur).__name__}({cur})")
        cur = cur.__cause__ or cur.__context__
    print(" <- ".join(chain))

def finally_order():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(f"try{i}")
        finally:
            out.append(f"fin{i}")
    try:
        return out
    finally:
        out.append("last")
print(finally_order())
def override():
    try:
        return "try"
    finally:
        return "finally"
print(override())
try:
    raise ExceptionGroup("many", [ValueError(1), TypeError("t"), ExceptionGroup("sub", [KeyError("k"), ValueError(2)])])
except* ValueError as eg:
    print("values:", repr(eg), eg.exceptions)
except* (TypeError, KeyError) as eg:
    print("others:", eg.message, [repr(x) for x in eg.exceptions])
eg = ExceptionGroup("g", [ValueError("a"), OSError("b"), ValueError("c")])
match, rest = eg.split(ValueError)
print(repr(match), repr(rest), eg.subgroup(lambda x: isinstance(x, OSError)))
print(repr(BaseExceptionGroup("b", [KeyboardInterrupt()])), type(BaseExceptionGroup("b", [ValueError()])).__name__)
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("handled value")
except ExceptionGroup as rest:
    print("rest:", repr(rest))
print("".join(traceback.format_exception_only(ConfigError, ConfigError("x"))), end="")
print(traceback.format_exception_only(ValueError("v"))[0], end="")
print(sys.exc_info())
try:
    raise AppError("with tb")
except AppError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb.tb_lineno > 0, type(tb).__name__)
