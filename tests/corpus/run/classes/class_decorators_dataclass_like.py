# A hand-written dataclass-like decorator using annotations and exec-free code.
def record(cls):
    fields = list(cls.__annotations__)
    defaults = {f: cls.__dict__[f] for f in fields if f in cls.__dict__}
    def __init__(self, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError(f"expected at most {len(fields)} positional arguments")
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name in fields[len(args):]:
            if name in kwargs:
                setattr(self, name, kwargs.pop(name))
            elif name in defaults:
                setattr(self, name, defaults[name])
            else:
                raise TypeError(f"missing field {name!r}")
        if kwargs:
            raise TypeError(f"unknown fields {sorted(kwargs)}")
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{cls.__name__}({inner})"
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in fields)
    cls.__init__ = __init__
    cls.__repr__ = __repr__
    cls.__eq__ = __eq__
    cls.__hash__ = None
    cls.fields = tuple(fields)
    return cls
@record
class Point:
    x: int
    y: int = 0
    label: str = "pt"
print(Point(1), Point(1, 2), Point(1, y=5, label="q"), Point.fields)
print(Point(1, 2) == Point(1, 2), Point(1) == Point(2), Point(1) != "x")
for bad in [lambda: Point(), lambda: Point(1, 2, 3, 4), lambda: Point(1, z=3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    hash(Point(1))
except TypeError as e:
    print("TypeError:", e)
print(Point.__annotations__)
