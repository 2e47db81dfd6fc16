# add_note and __notes__.
e = ValueError("base")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
try:
    e.add_note(42)
except TypeError as err:
    print("TypeError:", err)
def work():
    try:
        int("nope")
    except ValueError as err:
        err.add_note("while parsing config")
        raise
try:
    work()
except ValueError as err:
    print(err, err.__notes__)
ex = KeyError("k")
ex.__notes__ = ["replaced list"]
ex.add_note("appended")
print(ex.__notes__)
class Custom(Exception):
    pass
c = Custom("x")
c.add_note("n")
print(repr(c), c.args, c.__notes__)
