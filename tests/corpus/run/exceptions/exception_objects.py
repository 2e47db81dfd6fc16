# Exception attributes: args, with_traceback, __traceback__, custom hierarchies.
class AppError(Exception):
    """Base error."""
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f"{what} not found")
        self.what = what
class Invalid(AppError, ValueError):
    pass
for exc in [NotFound("user"), Invalid("bad value"), AppError()]:
    try:
        raise exc
    except ValueError as e:
        print("caught as ValueError:", type(e).__name__, e)
    except AppError as e:
        print("caught as AppError:", type(e).__name__, e, e.args)
e = Exception("a", 1, None)
print(e.args, str(e), repr(e))
print(str(Exception()), repr(Exception()), str(Exception("")), repr(Exception("")))
e.args = ("changed",)
print(e)
try:
    raise NotFound("file")
except NotFound as caught:
    tb = caught.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name, caught.what)
x = ValueError("x")
print(x.__traceback__ is None, x.with_traceback(None) is x)
class WithStr(Exception):
    def __str__(self):
        return "custom str"
print(str(WithStr("ignored")), repr(WithStr("a")))
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise object
except TypeError as e:
    print("TypeError:", e)
class NotAnException:
    pass
try:
    try:
        raise ValueError
    except NotAnException:
        pass
except TypeError as e:
    print("TypeError:", e)
print(BaseException.__subclasses__()[0].__name__ in ("Exception", "BaseExceptionGroup"), Exception.__bases__)
print(isinstance(NotFound("x"), Exception), NotFound.__mro__[1:3])
