"""Typed arrays of numbers (Sharpy's own implementation of CPython's array module).

Items are kept in a Python list after being checked and normalised exactly as the C module
converts them (same range checks and error messages); the binary form is produced by struct.
"""

import struct as _struct

__all__ = ['array', 'ArrayType', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_ITEMSIZE = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
             'q': 8, 'Q': 8, 'f': 4, 'd': 8}
_STRUCT_CODE = {'b': 'b', 'B': 'B', 'h': 'h', 'H': 'H', 'i': 'i', 'I': 'I', 'l': 'q',
                'L': 'Q', 'q': 'q', 'Q': 'Q', 'f': 'f', 'd': 'd'}
# Types converted through a C long first, then range-checked with these names.
_SMALL_INT = {'b': (-128, 127, 'signed char'), 'B': (0, 255, 'unsigned byte integer'),
              'h': (-32768, 32767, 'signed short integer'), 'H': (0, 65535, 'unsigned short'),
              'i': (-2 ** 31, 2 ** 31 - 1, 'signed integer')}
_LONG_MIN, _LONG_MAX = -2 ** 63, 2 ** 63 - 1


def _as_index(v):
    if isinstance(v, int):
        return int(v)
    index = getattr(type(v), '__index__', None)
    if index is None:
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    return index(v)


def _float32(x):
    return _struct.unpack('<f', _struct.pack('<f', x))[0]


def _convert(tc, v):
    """Check and normalise one item for typecode tc (CPython's messages)."""
    if tc == 'd' or tc == 'f':
        if isinstance(v, float):
            x = v
        elif isinstance(v, int):
            x = float(v)
        elif hasattr(type(v), '__float__'):
            x = float(v)
        elif hasattr(type(v), '__index__'):
            x = float(v.__index__())
        else:
            raise TypeError(f'must be real number, not {type(v).__name__}')
        return _float32(x) if tc == 'f' else x
    if tc == 'u':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError('array item must be unicode character')
        return v
    n = _as_index(v)
    if tc in _SMALL_INT:
        if not _LONG_MIN <= n <= _LONG_MAX:
            raise OverflowError('Python int too large to convert to C long')
        lo, hi, name = _SMALL_INT[tc]
        if n > hi:
            raise OverflowError(f'{name} is greater than maximum')
        if n < lo:
            raise OverflowError(f'{name} is less than minimum')
    elif tc == 'I':
        if n < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if n >= 2 ** 64:
            raise OverflowError('Python int too large to convert to C unsigned long')
        if n >= 2 ** 32:
            raise OverflowError('unsigned int is greater than maximum')
    elif tc == 'l':
        if not _LONG_MIN <= n <= _LONG_MAX:
            raise OverflowError('Python int too large to convert to C long')
    elif tc == 'L':
        if n < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if n >= 2 ** 64:
            raise OverflowError('Python int too large to convert to C unsigned long')
    elif tc == 'q':
        if not _LONG_MIN <= n <= _LONG_MAX:
            raise OverflowError('int too big to convert')
    elif tc == 'Q':
        if n < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if n >= 2 ** 64:
            raise OverflowError('int too big to convert')
    return n


class array:
    """array(typecode [, initializer]) -> array"""

    __slots__ = ('_tc', '_items', '__weakref__')

    def __new__(cls, *args, **kwargs):
        if cls is array and kwargs:
            raise TypeError('array.array() takes no keyword arguments')
        if not 1 <= len(args) <= 2:
            raise TypeError(f'array() takes at most 2 arguments ({len(args)} given)' if args
                            else 'array() takes at least 1 argument (0 given)')
        typecode = args[0]
        initializer = args[1] if len(args) > 1 else None
        if not isinstance(typecode, str) or len(typecode) != 1:
            name = type(typecode).__name__
            if isinstance(typecode, str):
                raise TypeError(f'array() argument 1 must be a unicode character, not a string of length {len(typecode)}')
            raise TypeError(f'array() argument 1 must be a unicode character, not {name}')
        if typecode not in _ITEMSIZE:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self = object.__new__(cls)
        self._tc = typecode
        self._items = []
        if initializer is None:
            return self
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError(f"cannot use a str to initialize an array with typecode '{typecode}'")
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if initializer._tc == 'u' and typecode != 'u':
                raise TypeError(f"cannot use a unicode array to initialize an array with typecode '{typecode}'")
            self._items = [_convert(typecode, v) for v in initializer._items]
        else:
            self._items = [_convert(typecode, v) for v in initializer]
        return self

    def __init__(self, *args, **kwargs):
        pass

    # -- attributes
    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _ITEMSIZE[self._tc]

    def buffer_info(self):
        return (id(self), len(self._items))

    def __class_getitem__(cls, item):
        return cls

    # -- sequence protocol
    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, value):
        return value in self._items

    def _new(self, items):
        r = object.__new__(type(self))
        r._tc = self._tc
        r._items = items
        return r

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._new(self._items[index])
        i = _as_index(index) if not isinstance(index, int) else index
        n = len(self._items)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('array index out of range')
        return self._items[i]

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError(f'can only assign array (not "{type(value).__name__}") to array slice')
            if value._tc != self._tc:
                raise TypeError('bad argument type for built-in operation')
            start, stop, step = index.indices(len(self._items))
            if step != 1:
                count = len(range(start, stop, step))
                if len(value._items) != count:
                    raise ValueError(f'attempt to assign array of size {len(value._items)} '
                                     f'to extended slice of size {count}')
            self._items[index] = list(value._items)
            return
        i = _as_index(index) if not isinstance(index, int) else index
        n = len(self._items)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('array assignment index out of range')
        self._items[i] = _convert(self._tc, value)

    def __delitem__(self, index):
        if isinstance(index, slice):
            del self._items[index]
            return
        i = _as_index(index) if not isinstance(index, int) else index
        n = len(self._items)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('array assignment index out of range')
        del self._items[i]

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only append array (not "{type(other).__name__}") to array')
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only extend array with array (not "{type(other).__name__}")')
        if other._tc != self._tc:
            raise TypeError('can only extend with array of same kind')
        self._items.extend(other._items)
        return self

    def __mul__(self, n):
        return self._new(self._items * _as_index(n))

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= _as_index(n)
        return self

    def _cmp_items(self, other):
        return self._items, other._items

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items >= other._items

    def __hash__(self):
        raise TypeError("unhashable type: 'array.array'")

    def __repr__(self):
        name = type(self).__name__
        if not self._items:
            return f"{name}('{self._tc}')"
        if self._tc == 'u':
            return f"{name}('u', {''.join(self._items)!r})"
        return f"{name}('{self._tc}', {self._items!r})"

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self._new(list(self._items))

    def __reduce_ex__(self, protocol):
        return (type(self), (self._tc, list(self._items)))

    def __bytes__(self):
        return self.tobytes()

    # -- list-like methods
    def append(self, v):
        self._items.append(_convert(self._tc, v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(iterable._items)
            return
        self._items.extend([_convert(self._tc, v) for v in iterable])

    def insert(self, i, v):
        self._items.insert(_as_index(i), _convert(self._tc, v))

    def pop(self, i=-1):
        n = len(self._items)
        if n == 0:
            raise IndexError('pop from empty array')
        i = _as_index(i)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('pop index out of range')
        return self._items.pop(i)

    def remove(self, v):
        for i, x in enumerate(self._items):
            if x == v:
                del self._items[i]
                return
        raise ValueError('array.remove(x): x not in array')

    def index(self, v, start=0, stop=None):
        n = len(self._items)
        if stop is None:
            stop = n
        start, stop = _as_index(start), _as_index(stop)
        if start < 0:
            start = max(0, start + n)
        if stop < 0:
            stop = max(0, stop + n)
        for i in range(start, min(stop, n)):
            if self._items[i] == v:
                return i
        raise ValueError('array.index(x): x not in array')

    def count(self, v):
        return sum(1 for x in self._items if x == v)

    def reverse(self):
        self._items.reverse()

    # -- conversions
    def tolist(self):
        return list(self._items)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError('arg must be list')
        self._items.extend([_convert(self._tc, v) for v in items])

    def tounicode(self):
        if self._tc != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, s):
        if not isinstance(s, str):
            raise TypeError(f'fromunicode() argument must be str, not {type(s).__name__}')
        if self._tc != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._items.extend(s)

    def tobytes(self):
        if self._tc == 'u':
            return ''.join(self._items).encode('utf-32-le')
        if not self._items:
            return b''
        return _struct.pack(f'<{len(self._items)}{_STRUCT_CODE[self._tc]}', *self._items)

    def frombytes(self, data):
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(data)
        size = _ITEMSIZE[self._tc]
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        n = len(data) // size
        if not n:
            return
        if self._tc == 'u':
            self._items.extend(data.decode('utf-32-le'))
        else:
            self._items.extend(_struct.unpack(f'<{n}{_STRUCT_CODE[self._tc]}', data))

    def byteswap(self):
        if self._tc == 'u':
            raise RuntimeError("don't know how to byteswap this array type") if False else None
        size = _ITEMSIZE[self._tc]
        raw = self.tobytes()
        swapped = b''.join(raw[i:i + size][::-1] for i in range(0, len(raw), size))
        items = self._items
        self._items = []
        try:
            self.frombytes(swapped)
        except BaseException:
            self._items = items
            raise

    def tofile(self, f):
        f.write(self.tobytes())

    def fromfile(self, f, n):
        n = _as_index(n)
        if n < 0:
            raise ValueError('negative count')
        size = _ITEMSIZE[self._tc]
        data = f.read(n * size)
        if not isinstance(data, bytes):
            raise TypeError('read() didn\'t return bytes')
        usable = len(data) - len(data) % size
        self.frombytes(data[:usable])
        if len(data) != n * size:
            raise EOFError("read() didn't return enough bytes")


array.__module__ = 'array'
ArrayType = array


# CPython runs this module as C code (Modules/arraymodule.c): its frames add no traceback entries
# (Interpreter/NativeStandIns.cs).
import _sharpy_traceback  # noqa: E402
_sharpy_traceback.native_stand_in(globals())
del _sharpy_traceback
