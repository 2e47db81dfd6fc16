import sys
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad") from e
try:
    f()
except ValueError as e:
    print(type(e.__cause__).__name__, e.__suppress_context__, e.__context__ is e.__cause__)
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise TypeError("t")
except TypeError as e:
    print(repr(e.__context__), e.__cause__)
def g():
    try:
        return "try"
    finally:
        print("finally runs")
print(g())
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("fin", i)
e = Exception("a", 1)
print(e.args, str(e), repr(e))
e.add_note("note1")
print(e.__notes__)
try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("caught", [str(x) for x in eg.exceptions])
except* TypeError as eg:
    print("caught T", repr(eg.exceptions[0]))
print(sys.exc_info()[0])
try:
    raise StopIteration
except Exception as ex:
    print(repr(ex))
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyErr(5)
except MyErr as m:
    print(m, m.code, m.args)
