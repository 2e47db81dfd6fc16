# NaN keeps CPython's sign bit; issubclass honours __subclasscheck__ on non-type objects; getattr
# with a default swallows AttributeError raised by a metatype descriptor.
import math
import typing

print(math.copysign(1.0, float("nan")), math.copysign(1.0, float("-nan")), math.copysign(1.0, math.nan))
print(math.copysign(1.0, float.fromhex("nan")), math.copysign(1.0, float.fromhex("-nan")))


class Checker:
    def __subclasscheck__(self, sub):
        return sub.__name__.startswith("L")

    def __instancecheck__(self, obj):
        return isinstance(obj, int)


print(issubclass(list, Checker()), issubclass(dict, Checker()), isinstance(3, Checker()), isinstance("x", Checker()))
print(issubclass(list, typing.Sequence), issubclass(dict, typing.Mapping), issubclass(int, typing.Sequence))


class Plain:
    pass


print(getattr(Plain, "__abstractmethods__", "absent"), hasattr(Plain, "__abstractmethods__"))
try:
    issubclass(list, object())
except TypeError as e:
    print(e)


# PEP 560: __mro_entries__ is looked up on the base object itself (a function attribute works).
def FakeBase(name):
    return name


FakeBase.__mro_entries__ = lambda bases: (tuple,)


class FromFunction(FakeBase):
    pass


print(FromFunction.__mro__, FromFunction.__orig_bases__[0] is FakeBase)
