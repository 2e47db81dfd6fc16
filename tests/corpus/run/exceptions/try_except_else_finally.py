# try/except/else/finally ordering.
def attempt(x):
    print("--- attempt", repr(x))
    try:
        print("try")
        result = 10 / x
    except ZeroDivisionError as e:
        print("except ZeroDivisionError:", e)
        return "div0"
    except TypeError as e:
        print("except TypeError:", e)
        return "type"
    else:
        print("else", result)
        return result
    finally:
        print("finally")
for x in [2, 0, "s"]:
    print("returned", attempt(x))
try:
    [][1]
except (KeyError, IndexError) as e:
    print("tuple except:", type(e).__name__, e)
try:
    {}["k"]
except LookupError as e:
    print("base class except:", type(e).__name__, e)
try:
    int("x")
except Exception:
    print("bare Exception, no name")
try:
    raise ValueError
except ValueError as e:
    print("raised class:", repr(e), e.args)
e = "outer e"
try:
    raise KeyError("x")
except KeyError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
try:
    try:
        raise ValueError("inner")
    finally:
        print("inner finally runs")
except ValueError as ex:
    print("outer caught", ex)
try:
    pass
except:
    print("never")
else:
    print("else without exception")
def nested_handlers():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise TypeError("converted")
    except TypeError as e:
        return f"{type(e).__name__}: {e}; context={type(e.__context__).__name__}"
print(nested_handlers())
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
