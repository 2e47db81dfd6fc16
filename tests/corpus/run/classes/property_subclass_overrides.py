# property subclasses that override __get__/__set__/__delete__ are called through the descriptor protocol;
# namedtuple fields refuse assignment with CPython's _tuplegetter messages
from collections import namedtuple


class logged(property):
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = super().__get__(obj, objtype)
        print(f"get -> {value!r}")
        return value

    def __set__(self, obj, value):
        print(f"set {value!r}")
        super().__set__(obj, value)


class readonly(property):
    def __set__(self, obj, value):
        raise AttributeError(f"{type(obj).__name__} is read-only")

    def __delete__(self, obj):
        raise AttributeError("cannot delete")


class Thing:
    def __init__(self):
        self._v = 1

    def _get(self):
        return self._v

    def _set(self, v):
        self._v = v

    v = logged(_get, _set)
    r = readonly(_get)


t = Thing()
t.v = 5
print(t.v, type(Thing.v).__name__, Thing.r is Thing.__dict__["r"])
for action in ("t.r = 3", "del t.r", "del t.v"):
    try:
        exec(action)
    except AttributeError as e:
        print(action, "->", e)

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p.x, p.y, Point.x.__doc__, type(Point.x).__name__)
for action in ("p.x = 5", "del p.y", "p.z = 1"):
    try:
        exec(action)
    except AttributeError as e:
        print(action, "->", e)
print(p._replace(x=9), p)
p.x = 0
