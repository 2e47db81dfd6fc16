# Exception chaining: __context__, __cause__, __suppress_context__.
def show(e):
    print(type(e).__name__, repr(str(e)))
    print("  cause:", repr(e.__cause__))
    print("  context:", repr(e.__context__))
    print("  suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("implicit")
except ValueError as e:
    show(e)
try:
    try:
        {}["k"]
    except KeyError as ke:
        raise RuntimeError("explicit") from ke
except RuntimeError as e:
    show(e)
try:
    try:
        int("x")
    except ValueError:
        raise TypeError("no context") from None
except TypeError as e:
    show(e)
try:
    raise IndexError("direct") from ValueError("cause only")
except IndexError as e:
    show(e)
err = ValueError("manual")
err.__cause__ = KeyError("set by hand")
print(err.__suppress_context__, repr(err.__cause__))
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise KeyError("a")
    except KeyError as a:
        try:
            raise ValueError("b")
        except ValueError as b:
            raise TypeError("c")
except TypeError as c:
    print(repr(c), repr(c.__context__), repr(c.__context__.__context__))
def reraise():
    try:
        raise ValueError("first")
    except ValueError:
        raise
try:
    reraise()
except ValueError as e:
    print("bare raise keeps", repr(e), e.__context__)
try:
    try:
        raise ValueError("same")
    except ValueError as e:
        raise e
except ValueError as e:
    print("raise e: context is", e.__context__)
