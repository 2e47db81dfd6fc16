"""Interpret bytes as packed binary data (Sharpy's own implementation of struct).

Byte orders @ (native, aligned), =, <, >, !; codes x c b B ? h H i I l L q Q n N e f d s p P
with CPython's sizes (native: 64-bit little-endian), range checks and error messages.
Floats are encoded exactly with integer arithmetic (round-half-even), like the C library.
"""

import math as _math

try:
    import _sharpy_struct as _native      # bit patterns of doubles and singles
except ImportError:
    _native = None

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct',
           'error']


class error(Exception):
    pass


# code -> (standard size, native size); native alignment equals the native size.
_SIZES = {
    'x': (1, 1), 'c': (1, 1), 'b': (1, 1), 'B': (1, 1), '?': (1, 1), 'h': (2, 2), 'H': (2, 2),
    'i': (4, 4), 'I': (4, 4), 'l': (4, 8), 'L': (4, 8), 'q': (8, 8), 'Q': (8, 8), 'n': (None, 8),
    'N': (None, 8), 'e': (2, 2), 'f': (4, 4), 'd': (8, 8), 's': (1, 1), 'p': (1, 1), 'P': (None, 8),
}
_SIGNED = set('bhilqn')
_UNSIGNED = set('BHILQNP')
_RANGE_NAMES = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}
_INT64_MIN, _INT64_MAX, _UINT64_MAX = -(1 << 63), (1 << 63) - 1, (1 << 64) - 1
_FLOAT_LAYOUT = {'e': (5, 10), 'f': (8, 23), 'd': (11, 52)}   # exponent bits, mantissa bits


def _parse(fmt):
    """Return (byteorder, native, [(code, count, offset)], size)."""
    if isinstance(fmt, (bytes, bytearray)):
        fmt = fmt.decode('ascii')
    if not isinstance(fmt, str):
        raise TypeError(f"Struct() argument 1 must be a str or bytes object, not {type(fmt).__name__}")
    order = '@'
    i = 0
    if fmt and fmt[0] in '@=<>!':
        order = fmt[0]
        i = 1
    native = order == '@'
    byteorder = 'big' if order in '>!' else 'little'
    items = []
    size = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = 1
        if c.isdigit():
            j = i
            while j < n and fmt[j].isdigit():
                j += 1
            count = int(fmt[i:j])
            i = j
            if i >= n:
                raise error("repeat count given without format specifier")
            c = fmt[i]
        sizes = _SIZES.get(c)
        if sizes is None or (not native and sizes[0] is None):
            raise error("bad char in struct format")
        itemsize = sizes[1] if native else sizes[0]
        if native and itemsize > 1:
            size = (size + itemsize - 1) // itemsize * itemsize
        items.append((c, count, size))
        size += itemsize * count
        i += 1
    return byteorder, native, items, size


def _as_int(v):
    method = getattr(type(v), '__index__', None)
    if method is None:
        raise error("required argument is not an integer")
    return method(v)


def _int_packer_style(code, byteorder, native):
    """Which of CPython's integer packers handles code, as their error messages differ.

    On a little-endian host CPython packs '<'/'=' codes with the native routines whenever the
    sizes agree (all but 'l'/'L'); 'b'/'B' are always packed natively.  Big-endian 'q'/'Q' go
    through a byte-array conversion that reports plain overflow.
    """
    if native or code in 'bB' or (byteorder == 'little' and code not in 'lL'):
        return 'native'
    if code in 'qQ':
        return 'longlong'
    return 'standard'


def _pack_int(code, v, itemsize, native, byteorder='little'):
    v = _as_int(v)
    style = _int_packer_style(code, byteorder, native)
    signed = code in _SIGNED
    bits = itemsize * 8
    lo, hi = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)
    if style == 'longlong':
        if not lo <= v <= hi:
            raise error("int too large to convert")
        return v, signed
    # The value is first read as a C long (signed codes and native 'B'/'H') or unsigned long.
    if signed or (style == 'native' and code in 'BH'):
        if not _INT64_MIN <= v <= _INT64_MAX:
            raise error("argument out of range")
    elif not 0 <= v <= _UINT64_MAX:
        raise error("argument out of range")
    if not lo <= v <= hi:
        name = _RANGE_NAMES.get(code) if style == 'native' else None
        prefix = f"{name} format" if name else f"'{code}' format"
        raise error(f"{prefix} requires {lo} <= number <= {hi}")
    return v, signed


def _round_half_even(num, den):
    q, r = divmod(num, den)
    if 2 * r > den or (2 * r == den and q & 1):
        q += 1
    return q


def _float_bits(x, code, native):
    ebits, mbits = _FLOAT_LAYOUT[code]
    sign = 1 if _math.copysign(1.0, x) < 0 else 0
    top = sign << (ebits + mbits)
    all_ones = (1 << ebits) - 1
    if x != x:
        # Quiet NaN, positive: Sharpy's float('nan') carries .NET's negative sign bit, while
        # CPython's is positive (the sign of a NaN is not otherwise observable here).
        return (all_ones << mbits) | (1 << (mbits - 1))
    if _math.isinf(x):
        return top | (all_ones << mbits)
    if _native is not None and code != 'e':
        if code == 'd':
            return _native.double_bits(x)
        bits = _native.single_bits(x)
        if (bits >> mbits) & all_ones != all_ones or native:
            return bits                           # finite, or a C cast to float gives inf
        raise OverflowError(f"float too large to pack with {code} format")
    if x == 0:
        return top
    bias = (1 << (ebits - 1)) - 1
    n, d = abs(x).as_integer_ratio()
    e = n.bit_length() - d.bit_length()          # 2**e <= n/d < 2**(e+1), after adjusting
    if (n << max(0, -e)) < (d << max(0, e)):
        e -= 1
    if e < 1 - bias:                              # subnormal
        k = bias - 1 + mbits
        m = _round_half_even(n << k, d) if k >= 0 else _round_half_even(n, d << -k)
        return top | m
    k = mbits - e
    m = _round_half_even(n << k, d) if k >= 0 else _round_half_even(n, d << -k)
    if m == 1 << (mbits + 1):
        m >>= 1
        e += 1
    exponent = e + bias
    if exponent >= all_ones:
        if code == 'f' and native:
            return top | (all_ones << mbits)      # a C cast to float gives inf
        raise OverflowError(f"float too large to pack with {code} format")
    return top | (exponent << mbits) | (m - (1 << mbits))


def _bits_float(bits, code):
    ebits, mbits = _FLOAT_LAYOUT[code]
    if _native is not None and code != 'e' and (bits >> mbits) & ((1 << ebits) - 1) != (1 << ebits) - 1:
        return _native.double_from_bits(bits) if code == 'd' else _native.single_from_bits(bits)
    sign = -1.0 if bits >> (ebits + mbits) else 1.0
    exponent = (bits >> mbits) & ((1 << ebits) - 1)
    mantissa = bits & ((1 << mbits) - 1)
    bias = (1 << (ebits - 1)) - 1
    if exponent == (1 << ebits) - 1:
        return sign * _math.inf if mantissa == 0 else _math.copysign(_math.nan, sign)
    if exponent == 0:
        return sign * _math.ldexp(mantissa, 1 - bias - mbits)
    return sign * _math.ldexp(mantissa | (1 << mbits), exponent - bias - mbits)


def _as_float(v):
    if isinstance(v, float):
        return v
    if hasattr(type(v), '__float__') or hasattr(type(v), '__index__'):
        return float(v)
    raise error("required argument is not a float")


class Struct:
    """Struct(fmt) --> compiled struct object"""

    def __init__(self, format):
        self._byteorder, self._native, self._items, self.size = _parse(format)
        self.format = format.decode('ascii') if isinstance(format, (bytes, bytearray)) else format
        self._nargs = sum(1 if c in 'sp' else count for c, count, _ in self._items if c != 'x')

    def pack(self, *values):
        if len(values) != self._nargs:
            raise error(f"pack expected {self._nargs} items for packing (got {len(values)})")
        out = [0] * self.size
        self._pack_to(out, 0, values)
        return bytes(out)

    def pack_into(self, buffer, offset, *values):
        if len(values) != self._nargs:
            raise error(f"pack expected {self._nargs} items for packing (got {len(values)})")
        if offset < 0:
            if offset + len(buffer) < 0:
                raise error(f"offset {offset} out of range for {len(buffer)}-byte buffer")
            offset += len(buffer)
        if len(buffer) - offset < self.size:
            raise error(f"pack_into requires a buffer of at least {self.size + offset} bytes for "
                        f"packing {self.size} bytes at offset {offset} "
                        f"(actual buffer size is {len(buffer)})")
        out = [0] * self.size
        self._pack_to(out, 0, values)
        buffer[offset:offset + self.size] = bytes(out)

    def _pack_to(self, out, base, values):
        # out is a list of byte values (Sharpy's bytearray has no item assignment yet).
        order = self._byteorder
        it = iter(values)
        for code, count, offset in self._items:
            pos = base + offset
            if code == 'x':
                continue
            if code in 'sp':
                data = next(it)
                if not isinstance(data, (bytes, bytearray)):
                    raise error(f"argument for '{code}' must be a bytes object")
                if code == 's':
                    chunk = bytes(data[:count])
                else:
                    length = min(len(data), count - 1, 255) if count else 0
                    chunk = (bytes([length]) + bytes(data[:length]))[:count]
                out[pos:pos + len(chunk)] = list(chunk)
                continue
            itemsize = _SIZES[code][1] if self._native else _SIZES[code][0]
            for _ in range(count):
                v = next(it)
                if code == 'c':
                    if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
                        raise error("char format requires a bytes object of length 1")
                    raw = bytes(v)
                elif code == '?':
                    raw = b'\x01' if v else b'\x00'
                elif code in _FLOAT_LAYOUT:
                    raw = _float_bits(_as_float(v), code, self._native).to_bytes(itemsize, order)
                else:
                    value, signed = _pack_int(code, v, itemsize, self._native, self._byteorder)
                    raw = value.to_bytes(itemsize, order, signed=signed)
                out[pos:pos + itemsize] = list(raw)
                pos += itemsize

    def unpack(self, buffer):
        buffer = bytes(buffer)
        if len(buffer) != self.size:
            raise error(f"unpack requires a buffer of {self.size} bytes")
        return self._unpack_at(buffer, 0)

    def unpack_from(self, buffer, offset=0):
        buffer = bytes(buffer)
        if offset < 0:
            if offset + len(buffer) < 0:
                raise error(f"offset {offset} out of range for {len(buffer)}-byte buffer")
            offset += len(buffer)
        if len(buffer) - offset < self.size:
            raise error(f"unpack_from requires a buffer of at least {self.size + offset} bytes for "
                        f"unpacking {self.size} bytes at offset {offset} "
                        f"(actual buffer size is {len(buffer)})")
        return self._unpack_at(buffer, offset)

    def iter_unpack(self, buffer):
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        buffer = bytes(buffer)
        if len(buffer) % self.size:
            raise error(f"iterative unpacking requires a buffer of a multiple of {self.size} bytes")
        return (self._unpack_at(buffer, i) for i in range(0, len(buffer), self.size))

    def _unpack_at(self, buffer, base):
        order = self._byteorder
        result = []
        for code, count, offset in self._items:
            pos = base + offset
            if code == 'x':
                continue
            if code == 's':
                result.append(buffer[pos:pos + count])
                continue
            if code == 'p':
                length = min(buffer[pos], count - 1) if count else 0
                result.append(buffer[pos + 1:pos + 1 + length])
                continue
            itemsize = _SIZES[code][1] if self._native else _SIZES[code][0]
            for _ in range(count):
                raw = buffer[pos:pos + itemsize]
                if code == 'c':
                    result.append(raw)
                elif code == '?':
                    result.append(raw != b'\x00')
                elif code in _FLOAT_LAYOUT:
                    result.append(_bits_float(int.from_bytes(raw, order), code))
                else:
                    result.append(int.from_bytes(raw, order, signed=code in _SIGNED))
                pos += itemsize
        return tuple(result)


Struct.__module__ = '_struct'

_cache = {}


def _compiled(fmt):
    s = _cache.get(fmt)
    if s is None:
        if len(_cache) > 100:
            _cache.clear()
        s = _cache[fmt] = Struct(fmt)
    return s


def calcsize(format, /):
    """Return size in bytes of the struct described by the format string."""
    return _compiled(format).size


def pack(format, /, *values):
    """Return a bytes object containing the values packed according to the format string."""
    return _compiled(format).pack(*values)


def pack_into(format, buffer, offset, /, *values):
    """Pack the values into the writable buffer starting at offset."""
    _compiled(format).pack_into(buffer, offset, *values)


def unpack(format, buffer, /):
    """Unpack the buffer, containing packed C structure data, according to format."""
    return _compiled(format).unpack(buffer)


def unpack_from(format, /, buffer, offset=0):
    """Unpack the buffer, starting at offset, according to format."""
    return _compiled(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer, /):
    """Return an iterator yielding tuples unpacked from the buffer."""
    return _compiled(format).iter_unpack(buffer)


# CPython runs this module as C code (Modules/_struct.c): its frames add no traceback entries
# (Interpreter/NativeStandIns.cs).
import _sharpy_traceback  # noqa: E402
_sharpy_traceback.native_stand_in(globals())
del _sharpy_traceback
