# BaseException subclasses that are not Exceptions, and catching them explicitly.
for exc_type in [KeyboardInterrupt, SystemExit, GeneratorExit, BaseExceptionGroup]:
    print(exc_type.__name__, issubclass(exc_type, Exception), issubclass(exc_type, BaseException))
def raise_and_catch(exc):
    try:
        try:
            raise exc
        except Exception:
            return "caught by except Exception"
    except BaseException as e:
        return f"escaped Exception, caught by BaseException: {type(e).__name__}"
print(raise_and_catch(KeyboardInterrupt()))
print(raise_and_catch(SystemExit(0)))
print(raise_and_catch(GeneratorExit()))
print(raise_and_catch(ValueError()))
class Custom(BaseException):
    pass
print(raise_and_catch(Custom("x")))
try:
    try:
        raise KeyboardInterrupt
    finally:
        print("finally runs for KeyboardInterrupt")
except KeyboardInterrupt:
    print("KeyboardInterrupt handled")
try:
    raise BaseExceptionGroup("mixed", [KeyboardInterrupt(), ValueError("v")])
except* KeyboardInterrupt as g:
    print("except* KeyboardInterrupt", repr(g))
except* ValueError as g:
    print("except* ValueError", repr(g))
print([c.__name__ for c in BaseException.__subclasses__() if c.__name__ in ("Exception", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "BaseExceptionGroup")])
print(Exception.__mro__, ArithmeticError.__subclasses__())
print(issubclass(UnicodeDecodeError, ValueError), UnicodeDecodeError.__mro__[1:3], KeyError.__base__, IndexError.__base__)
