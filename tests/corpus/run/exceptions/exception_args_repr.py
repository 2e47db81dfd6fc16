# str()/repr() of built-in exceptions with zero, one and several arguments.
classes = [Exception, ValueError, KeyError, IndexError, OSError, StopIteration, SystemExit, UnicodeError, AttributeError, NameError]
for cls in classes:
    for args in [(), ("msg",), (1, 2), ("",), (None,)]:
        e = cls(*args)
        print(f"{cls.__name__}{args!r}: str={str(e)!r} repr={e!r}")
ke = KeyError("it's")
print(str(ke), repr(ke), str(KeyError(1.5)), str(KeyError((1,))))
ne = NameError("x", name="x")
print(ne.name, repr(ne), str(ne))
ae = AttributeError("msg", name="attr", obj=5)
print(ae.name, ae.obj, str(ae))
se = SyntaxError("bad thing", ("file.py", 3, 5, "x = = 1\n", 3, 6))
print(str(se), se.msg, se.filename, se.lineno, se.offset, repr(se.text), se.end_lineno, se.end_offset)
print(str(SyntaxError("only message")), repr(SyntaxError()))
ose = OSError(2, "No such file or directory", "missing.txt")
print(str(ose), ose.errno, ose.strerror, ose.filename, type(ose).__name__)
print(str(OSError(13, "Permission denied")), type(OSError(13, "x")).__name__, type(OSError(17, "x")).__name__)
print(repr(StopIteration()), StopIteration().value, StopIteration(1, 2).value)
print(repr(ExceptionGroup("g", [ValueError(1)])), str(ExceptionGroup("g", [ValueError(1), KeyError(2)])))
