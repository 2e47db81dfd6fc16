# A builtin __new__ (str, int, tuple) called for a class whose MRO puts plain mixins
# before the builtin base: CPython follows the instance-layout chain, so this is safe.
class Mixin:
    def describe(self):
        return '%s(%r)' % (type(self).__name__, str(self))


class Base(str):
    def __new__(cls, value):
        return str.__new__(cls, value.upper())


Combined = type('Combined', (Mixin, Base), {})
c = Combined('abc')
print(c, c.describe(), isinstance(c, str), [k.__name__ for k in Combined.__mro__])


class IntBase(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)


class Tag:
    pass


class Tagged(Tag, IntBase):
    pass


print(Tagged(21), type(Tagged(1)).__name__)


class TupleBase(tuple):
    def __new__(cls, *items):
        return tuple.__new__(cls, items)


class Named(Mixin, TupleBase):
    pass


print(Named(1, 2), len(Named(1, 2, 3)))

# still refused: str.__new__ for a class whose layout is not str's
for call in (lambda: str.__new__(Tag), lambda: int.__new__(Combined), lambda: object.__new__(Combined)):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
