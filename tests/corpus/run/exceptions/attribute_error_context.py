# An AttributeError leaving an attribute load carries the name and object looked up (what the
# traceback's "Did you mean" reads), whoever raised it; stores, deletions and unbound locals carry none.
import enum


def show(label, fn):
    try:
        fn()
    except (AttributeError, NameError) as e:
        obj = getattr(e, "obj", "-")
        print(f"{label}: {type(e).__name__}: {e} | name={e.name!r} obj={type(obj).__name__}")


class Getter:
    def __init__(self):
        self.items = []

    def __getattr__(self, name):
        raise AttributeError(f"no {name} here")


class Prop:
    @property
    def value(self):
        raise AttributeError("inner failure")

    @property
    def chained(self):
        return self.missing

    @property
    def preset(self):
        raise AttributeError("already named", name="preset_name", obj=1)


class Color(enum.Enum):
    RED = 1


class Slotted:
    __slots__ = ("a",)


show("__getattr__", lambda: Getter().itemz)
show("getattr()", lambda: getattr(Getter(), "other"))
show("property raising", lambda: Prop().value)
show("property inner load", lambda: Prop().chained)
show("enum member", lambda: Color.BLUE)
show("preset name kept", lambda: Prop().preset)
print("hasattr:", hasattr(Getter(), "anything"), getattr(Getter(), "other", "default"))


def set_on_int():
    x = 5
    x.y = 1


def set_slot():
    Slotted().b = 1


def del_missing():
    o = Getter()
    del o.nothing


def set_readonly_method():
    "a".upper = 1


show("store on int", set_on_int)
show("store on slots", set_slot)
show("delete missing", del_missing)
show("read-only method", set_readonly_method)


def unbound():
    print(counter)
    counter = 1


def free_unbound():
    def inner():
        return later
    inner()
    later = 1


show("unbound local", unbound)
show("unbound free", free_unbound)
show("plain name", lambda: undefined_thing)
