# Special methods of builtin types are slot wrappers (wrapper_descriptor) and bind to
# method-wrappers: their reprs, type names and argument errors differ from ordinary methods.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: int.__add__('a', 1))
show(lambda: int.__add__())
show(lambda: int.__neg__('a'))
show(lambda: (5).__add__())
show(lambda: (5).__add__(1, 2))
show(lambda: (5).__add__(x=1))
show(lambda: (5).__neg__(1))
show(lambda: (5).__pow__())
show(lambda: [].__setitem__(1))
show(lambda: object.__init__())
show(lambda: object.__setattr__(1, 'x', 2))
show(lambda: object.__setattr__(int, 'x', 2))
show(lambda: object.__delattr__(str, 'x'))
show(lambda: str.upper(1))
show(lambda: str.upper())
show(lambda: int.__new__(str))
show(lambda: int.__new__(5))
show(lambda: int.__new__())
show(lambda: int.__add__)
show(lambda: object.__init__)
show(lambda: list.__getitem__)
show(lambda: list.__setitem__)
show(lambda: dict.__contains__)
show(lambda: list.__contains__)
show(lambda: str.upper)
show(lambda: type.__call__)
show(lambda: type(int.__add__).__name__)
show(lambda: type((1).__add__).__name__)
show(lambda: type(str.upper).__name__)
show(lambda: type("".upper).__name__)
show(lambda: type(object().__init__).__name__)
show(lambda: (1).__lt__.__qualname__)
show(lambda: (1).__lt__ == (1).__lt__)
show(lambda: [].append == [].append)
show(lambda: int.__new__.__self__)
show(lambda: int.__new__.__qualname__)


class C:
    pass


show(lambda: C.__init__)
show(lambda: C.__eq__)
show(lambda: type(C().__eq__).__name__)
type.__setattr__(C, 'x', 1)
show(lambda: C.x)
type.__delattr__(C, 'x')
show(lambda: hasattr(C, 'x'))
