# return/break/continue inside finally override pending exceptions and returns.
def ret_in_finally():
    try:
        return "from try"
    finally:
        return "from finally"
print(ret_in_finally())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "exception swallowed"
print(swallow())
def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return f"broke at {i}"
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())
def finally_sees_value():
    x = "initial"
    try:
        return x
    finally:
        x = "changed"
        print("finally, x =", x)
print(finally_sees_value())
def order():
    log = []
    try:
        try:
            log.append("try")
            return log
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
print(order())
def raising_finally():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("replacement")
try:
    raising_finally()
except KeyError as e:
    print("got", repr(e), "context", repr(e.__context__))
def gen():
    try:
        yield 1
    finally:
        print("generator finally")
for v in gen():
    print("value", v)
    break
print("loop done")
