# The default unraisable hook (atexit and weakref callbacks): no chained exceptions, no notes, and
# always "Type: message", so an empty message leaves "ValueError: ".
import atexit
import gc
import weakref


class Callback:
    def __init__(self, name, exc):
        self.name, self.exc = name, exc

    def __repr__(self):
        return f"<callback {self.name}>"

    def __call__(self, *args):
        raise self.exc


class Chained(Exception):
    pass


def chained():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise Chained() from e


def with_note():
    e = KeyError("k")
    e.add_note("a note")
    raise e


atexit.register(Callback("empty", ValueError()))
atexit.register(Callback("message", ValueError("msg")))
atexit.register(Callback("keyerror", KeyError()))
class Named:
    def __init__(self, fn):
        self.fn = fn

    def __repr__(self):
        return f"<named {self.fn.__name__}>"

    def __call__(self):
        self.fn()


atexit.register(Named(chained))
atexit.register(Named(with_note))


class Target:
    pass


obj = Target()
ref = weakref.ref(obj, Callback("weakref", TypeError()))
del obj
gc.collect()
print("main done")
