# Bases whose __slots__ were added on unrelated lines cannot be combined (CPython: "instance lay-out
# conflict"); a slotted class and a builtin layout other than object cannot either.
class Y:
    __slots__ = ('a',)
class Z:
    __slots__ = ('b',)
class Y2(Y):
    __slots__ = ('c',)
class Empty:
    __slots__ = ()
class Plain:
    pass
class SlottedList(list):
    __slots__ = ('tag',)

cases = [(Y, Z), (Y2, Y), (Y, Empty), (Y, Plain), (Y2, Z), (Y, int), (Y, Exception),
         (Plain, Z), (SlottedList, list), (SlottedList, Y)]
for bases in cases:
    names = ", ".join(b.__name__ for b in bases)
    try:
        C = type('C', bases, {})
        print(names, '->', [k.__name__ for k in C.__mro__])
    except TypeError as e:
        print(names, '->', e)

class Mixed(Y, Plain):
    pass
m = Mixed()
m.a = 1
m.extra = 2
print(m.a, m.extra)

class Deeper(Y2):
    __slots__ = ('d',)
d = Deeper()
d.a, d.c, d.d = 1, 2, 3
print(d.a, d.c, d.d)
try:
    class Bad(Deeper, Z):
        pass
except TypeError as e:
    print('class statement:', e)


def nested():
    class Inner:
        pass
    try:
        Inner.__init_subclass__(flag=True)
    except TypeError as e:
        print(e)
nested()


# Slot names must be identifiers (checked before __dict__/__weakref__ are recognised).
for slots in ['a b', ['ok', '1bad'], ['__dict__', 'x-y'], ['good']]:
    try:
        print(type('S', (), {'__slots__': slots}).__slots__)
    except TypeError as e:
        print(slots, '->', e)
