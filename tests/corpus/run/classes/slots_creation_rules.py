# __slots__ rules at class creation (CPython 3.11 type_new_visit_slots / type_new_slots_impl).
def t(label, f):
    try:
        r = f()
        print(label, r.__name__, getattr(r, '__slots__', None))
    except Exception as e:
        print(label, type(e).__name__, e)
t(1, lambda: type('Dup', (), {'__slots__': ['a', 'a']}))
t(2, lambda: type('Conflict', (), {'__slots__': ['a'], 'a': 1}))
t(3, lambda: type('IntSub', (int,), {'__slots__': ['a']}))
t(4, lambda: type('IntEmpty', (int,), {'__slots__': ()}))
t(5, lambda: type('TupleSub', (tuple,), {'__slots__': ('x',)}))
t(6, lambda: type('BytesSub', (bytes,), {'__slots__': ['__dict__']}))
class MyInt(int):
    pass
t(7, lambda: type('Deeper', (MyInt,), {'__slots__': ['b']}))
t(8, lambda: type('StrSub', (str,), {'__slots__': ['c']}))
t(9, lambda: type('Mangled', (), {'__slots__': ['__p'], '_Mangled__p': 0}))
