# OSError(errno, strerror) builds the errno's subclass; Unicode errors keep their fields.
# Linux errno values: ENOENT EEXIST EACCES EPERM EISDIR ENOTDIR EINTR EAGAIN EPIPE ECONNRESET ECONNREFUSED ETIMEDOUT ESRCH ECHILD
for code in [2, 17, 13, 1, 21, 20, 4, 11, 32, 104, 111, 110, 3, 10, 12345, True]:
    e = OSError(code, "message")
    print(code, type(e).__name__, e.errno, e.strerror, str(e), isinstance(e, OSError))
print(type(OSError("just text")).__name__, type(OSError(2)).__name__, type(OSError(2, "a", "f", None, "g")).__name__)
print(str(OSError(2, "No such file", "a.txt", None, "b.txt")), repr(FileNotFoundError(2, "x")))
class MyOSError(OSError): pass
print(type(MyOSError(2, "x")).__name__)
e = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(e.encoding, e.object, e.start, e.end, e.reason, str(e))
def g():
    while True:
        try:
            yield
        except Exception as exc:
            print(type(exc).__name__, exc.args)
gen = g()
next(gen)
gen.throw(ValueError, (1, 2))
gen.throw(ValueError, ValueError("inst"))
gen.throw(KeyError, "k")
