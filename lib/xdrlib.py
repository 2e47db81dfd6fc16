"""Implements (a subset of) Sun XDR -- eXternal Data Representation (RFC 1014).
Deprecated since Python 3.11.

Everything is big-endian and padded to multiples of 4 bytes.
"""

import struct
from io import BytesIO
from functools import wraps

import warnings
warnings._deprecated(__name__, remove=(3, 13))

__all__ = ["Error", "Packer", "Unpacker", "ConversionError"]


class Error(Exception):
    """Exception class for this module; the message is in `msg`."""

    def __init__(self, msg):
        self.msg = msg

    def __repr__(self):
        return repr(self.msg)

    def __str__(self):
        return str(self.msg)


class ConversionError(Error):
    pass


def raise_conversion_error(function):
    """Turn struct.error (a value out of range) into ConversionError."""
    @wraps(function)
    def result(self, value):
        try:
            return function(self, value)
        except struct.error as e:
            raise ConversionError(e.args[0]) from None
    return result


class Packer:
    """Pack various data representations into a buffer."""

    def __init__(self):
        self.reset()

    def reset(self):
        self.__buf = BytesIO()

    def get_buffer(self):
        return self.__buf.getvalue()

    get_buf = get_buffer

    @raise_conversion_error
    def pack_uint(self, x):
        self.__buf.write(struct.pack('>L', x))

    @raise_conversion_error
    def pack_int(self, x):
        self.__buf.write(struct.pack('>l', x))

    pack_enum = pack_int

    def pack_bool(self, x):
        self.__buf.write(b'\0\0\0\1' if x else b'\0\0\0\0')

    def pack_uhyper(self, x):
        # Two unsigned words, high first; a non-integer fails as a conversion error too.
        for shift in (32, 0):
            try:
                self.pack_uint(x >> shift & 0xffffffff)
            except (TypeError, struct.error) as e:
                raise ConversionError(e.args[0]) from None

    pack_hyper = pack_uhyper

    @raise_conversion_error
    def pack_float(self, x):
        self.__buf.write(struct.pack('>f', x))

    @raise_conversion_error
    def pack_double(self, x):
        self.__buf.write(struct.pack('>d', x))

    def pack_fstring(self, n, s):
        """The first n bytes of s (zero-filled to n), padded to a multiple of 4."""
        if n < 0:
            raise ValueError('fstring size must be nonnegative')
        data = s[:n]
        padded = ((n + 3) // 4) * 4
        self.__buf.write(data + (padded - len(data)) * b'\0')

    pack_fopaque = pack_fstring

    def pack_string(self, s):
        """Length, then the bytes padded to a multiple of 4."""
        n = len(s)
        self.pack_uint(n)
        self.pack_fstring(n, s)

    pack_opaque = pack_string
    pack_bytes = pack_string

    def pack_list(self, list, pack_item):
        """Each item preceded by 1, then 0."""
        for item in list:
            self.pack_uint(1)
            pack_item(item)
        self.pack_uint(0)

    def pack_farray(self, n, list, pack_item):
        if len(list) != n:
            raise ValueError('wrong array size')
        for item in list:
            pack_item(item)

    def pack_array(self, list, pack_item):
        n = len(list)
        self.pack_uint(n)
        self.pack_farray(n, list, pack_item)


class Unpacker:
    """Unpacks various data representations from the given buffer."""

    def __init__(self, data):
        self.reset(data)

    def reset(self, data):
        self.__buf = data
        self.__pos = 0

    def get_position(self):
        return self.__pos

    def set_position(self, position):
        self.__pos = position

    def get_buffer(self):
        return self.__buf

    def done(self):
        if self.__pos < len(self.__buf):
            raise Error('unextracted data remains')

    def _take(self, fmt, size):
        # The position advances even when the data runs short, as in CPython.
        i = self.__pos
        self.__pos = i + size
        data = self.__buf[i:i + size]
        if len(data) < size:
            raise EOFError
        return struct.unpack(fmt, data)[0]

    def unpack_uint(self):
        return self._take('>L', 4)

    def unpack_int(self):
        return self._take('>l', 4)

    unpack_enum = unpack_int

    def unpack_bool(self):
        return bool(self.unpack_int())

    def unpack_uhyper(self):
        hi = self.unpack_uint()
        lo = self.unpack_uint()
        return int(hi) << 32 | lo

    def unpack_hyper(self):
        x = self.unpack_uhyper()
        if x >= 0x8000000000000000:
            x = x - 0x10000000000000000
        return x

    def unpack_float(self):
        return self._take('>f', 4)

    def unpack_double(self):
        return self._take('>d', 8)

    def unpack_fstring(self, n):
        if n < 0:
            raise ValueError('fstring size must be nonnegative')
        i = self.__pos
        j = i + (n + 3) // 4 * 4
        if j > len(self.__buf):
            raise EOFError
        self.__pos = j
        return self.__buf[i:i + n]

    unpack_fopaque = unpack_fstring

    def unpack_string(self):
        return self.unpack_fstring(self.unpack_uint())

    unpack_opaque = unpack_string
    unpack_bytes = unpack_string

    def unpack_list(self, unpack_item):
        items = []
        while True:
            x = self.unpack_uint()
            if x == 0:
                break
            if x != 1:
                raise ConversionError('0 or 1 expected, got %r' % (x,))
            items.append(unpack_item())
        return items

    def unpack_farray(self, n, unpack_item):
        return [unpack_item() for _ in range(n)]

    def unpack_array(self, unpack_item):
        return self.unpack_farray(self.unpack_uint(), unpack_item)
