# ExceptionGroup basics and except*.
eg = ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(repr(eg))
print(str(eg), eg.message, len(eg.exceptions))
match_v, rest = eg.split(ValueError)
print(repr(match_v), repr(rest))
print(repr(eg.subgroup(TypeError)), repr(eg.subgroup(KeyError)))
try:
    raise eg
except* ValueError as g:
    print("caught ValueErrors:", [str(x) for x in g.exceptions])
except* TypeError as g:
    print("caught TypeErrors:", [str(x) for x in g.exceptions])
try:
    try:
        raise ExceptionGroup("outer", [KeyError("k"), ExceptionGroup("inner", [OSError("o")])])
    except* KeyError:
        print("handled KeyError part")
except ExceptionGroup as left:
    print("left over:", repr(left))
try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked exception wrapped:", repr(g))
try:
    ExceptionGroup("bad", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print("ValueError:", e)
beg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(beg).__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__)
nested = ExceptionGroup("top", [ValueError(1), ExceptionGroup("sub", [ValueError(2), KeyError(3)])])
m, r = nested.split(lambda e: isinstance(e, ValueError))
print(repr(m))
print(repr(r))
print(nested.derive([ZeroDivisionError()]).message)
try:
    try:
        raise ExceptionGroup("g", [ValueError("x")])
    except* ValueError:
        raise KeyError("from handler")
except Exception as e:
    print("raised in except*:", repr(e), repr(e.__context__))
