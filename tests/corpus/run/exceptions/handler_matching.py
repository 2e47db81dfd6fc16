# Which handler runs: order, subclasses, tuples, and dynamic exception expressions.
class Base(Exception): pass
class Mid(Base): pass
class Leaf(Mid): pass
def which(exc):
    try:
        raise exc
    except Leaf:
        return "Leaf handler"
    except Base:
        return "Base handler"
    except (KeyError, IndexError) as e:
        return f"tuple handler {type(e).__name__}"
    except Exception as e:
        return f"generic {type(e).__name__}"
for exc in [Leaf(), Mid(), Base(), KeyError(), IndexError(), ValueError()]:
    print(type(exc).__name__, "->", which(exc))
def first_match_wins():
    try:
        raise Leaf("x")
    except Base:
        return "Base first"
    except Leaf:
        return "never"
print(first_match_wins())
handlers = (ValueError, TypeError)
try:
    int("q")
except handlers as e:
    print("dynamic tuple caught", type(e).__name__)
def pick():
    print("evaluating handler expression")
    return ZeroDivisionError
try:
    1 / 0
except pick():
    print("caught via call")
try:
    try:
        raise KeyError("inner")
    except ValueError:
        print("not this one")
    finally:
        print("inner finally")
except KeyError as e:
    print("outer caught", e)
for i in range(3):
    try:
        if i == 0:
            raise ValueError(i)
        elif i == 1:
            raise TypeError(i)
    except ValueError as e:
        print("loop ValueError", e)
        continue
    except TypeError as e:
        print("loop TypeError", e)
        break
    finally:
        print("loop finally", i)
try:
    try:
        raise ValueError("in try")
    except ValueError:
        raise
    else:
        print("never")
except ValueError as e:
    print("re-raised", e)
try:
    pass
except ValueError:
    pass
else:
    try:
        raise KeyError("from else")
    except KeyError as e:
        print("exception in else handled separately:", e)
