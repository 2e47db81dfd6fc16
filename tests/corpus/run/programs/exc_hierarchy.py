"""Custom exception hierarchies, try/except/else/finally ordering, re-raise."""

class AppError(Exception):
    code = 1
    def __init__(self, msg, *, detail=None):
        super().__init__(msg)
        self.detail = detail
    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" + (f" ({self.detail})" if self.detail else "")

class ConfigError(AppError):
    code = 10

class MissingKey(ConfigError, KeyError):
    code = 11

class NetworkError(AppError):
    code = 20
    def __init__(self, host, port):
        super().__init__(f"cannot reach {host}:{port}")
        self.host, self.port = host, port

class Timeout(NetworkError, TimeoutError):
    code = 21

def step(kind):
    print(f"  start {kind}")
    try:
        if kind == "ok":
            return "value"
        if kind == "missing":
            raise MissingKey("db.url", detail="no default")
        if kind == "timeout":
            raise Timeout("example.org", 443)
        if kind == "zero":
            return 1 / 0
        if kind == "config":
            raise ConfigError("bad config")
    except ConfigError as e:
        print(f"  handled config: {e!s} / {e!r} / isKeyError={isinstance(e, KeyError)}")
        return "config-default"
    except NetworkError as e:
        print(f"  handled network: {e} host={e.host} args={e.args}")
        raise
    else:
        print("  else (no exception)")
    finally:
        print(f"  finally {kind}")
    print("  after try")
    return None

for kind in ("ok", "missing", "config", "timeout", "zero", "none"):
    try:
        print(kind, "->", step(kind))
    except AppError as e:
        print(kind, "-> propagated", type(e).__name__, e.code, e.__class__.__mro__[1].__name__)
    except ArithmeticError as e:
        print(kind, "-> arithmetic", type(e).__name__, e)

def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"

def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out

print(finally_overrides(), loop_finally())
print(issubclass(Timeout, OSError), Timeout.__mro__[:4])
e = MissingKey("x")
print(str(e), repr(e), e.args, e.code)
print(str(KeyError("k")), repr(KeyError("k")), str(KeyError()), str(KeyError("a", "b")))
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise AppError("outer")
except AppError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    raise AppError("boom") from OSError(2, "No such file")
except AppError as e:
    print(repr(e.__cause__), e.__cause__.errno, e.__cause__.strerror, e.__suppress_context__)
err = OSError(2, "No such file or directory", "/nope")
print(type(err).__name__, err, err.filename)
print(type(OSError(13, "denied")).__name__, type(OSError(111, "refused")).__name__)
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
g = gen()
print(next(g))
del g
print("end")
raise Timeout("db", 5432)
