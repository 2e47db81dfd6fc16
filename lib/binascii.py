"""Conversion between binary data and ASCII (Sharpy's own, pure-Python implementation)."""

__all__ = ['Error', 'Incomplete', 'a2b_base64', 'b2a_base64', 'a2b_hex', 'b2a_hex', 'hexlify',
           'unhexlify', 'crc32', 'crc_hqx', 'a2b_qp', 'b2a_qp', 'a2b_uu', 'b2a_uu']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64_ALPHABET = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUES = {c: i for i, c in enumerate(_B64_ALPHABET)}


def _as_bytes(data, ascii_str_ok=False):
    if isinstance(data, str):
        if ascii_str_ok:
            try:
                return data.encode('ascii')
            except UnicodeEncodeError:
                raise ValueError('string argument should contain only ASCII characters') from None
        raise TypeError("a bytes-like object is required, not 'str'")
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


def b2a_base64(data, /, *, newline=True):
    """Base64-code line of data."""
    data = _as_bytes(data)
    out = []
    for i in range(0, len(data) - 2, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += [_B64_ALPHABET[n >> 18], _B64_ALPHABET[(n >> 12) & 63],
                _B64_ALPHABET[(n >> 6) & 63], _B64_ALPHABET[n & 63]]
    rest = len(data) % 3
    if rest == 1:
        n = data[-1] << 16
        out += [_B64_ALPHABET[n >> 18], _B64_ALPHABET[(n >> 12) & 63], 61, 61]
    elif rest == 2:
        n = (data[-2] << 16) | (data[-1] << 8)
        out += [_B64_ALPHABET[n >> 18], _B64_ALPHABET[(n >> 12) & 63], _B64_ALPHABET[(n >> 6) & 63], 61]
    if newline:
        out.append(10)
    return bytes(out)


def a2b_base64(data, /, *, strict_mode=False):
    """Decode a line of base64 data."""
    data = _as_bytes(data, ascii_str_ok=True)
    out = []
    quad_pos = 0
    left = 0
    pads = 0
    padding_started = False
    data_chars = 0
    if strict_mode and data[:1] == b'=':
        raise Error("Leading padding not allowed")
    for i, c in enumerate(data):
        if c == 61:                                  # '='
            padding_started = True
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    if strict_mode and i + 1 < len(data):
                        raise Error("Excess data after padding")
                    return bytes(out)
            continue
        value = _B64_VALUES.get(c)
        if value is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        data_chars += 1
        if quad_pos == 0:
            left = value
            quad_pos = 1
        elif quad_pos == 1:
            out.append(((left << 2) | (value >> 4)) & 0xff)
            left = value & 0x0f
            quad_pos = 2
        elif quad_pos == 2:
            out.append(((left << 4) | (value >> 2)) & 0xff)
            left = value & 0x03
            quad_pos = 3
        else:
            out.append(((left << 6) | value) & 0xff)
            left = 0
            quad_pos = 0
    if quad_pos == 1:
        raise Error(f"Invalid base64-encoded string: number of data characters ({data_chars}) "
                    f"cannot be 1 more than a multiple of 4")
    if quad_pos != 0:
        raise Error("Incorrect padding")
    return bytes(out)


def hexlify(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data."""
    data = _as_bytes(data)
    digits = [f'{b:02x}' for b in data]
    if sep is None or not digits:
        return ''.join(digits).encode('ascii')
    if isinstance(sep, str):
        sep = sep.encode('ascii')
    if len(sep) != 1:
        raise ValueError("sep must be length 1.")
    sep = sep.decode('ascii')
    step = abs(bytes_per_sep)
    if step == 0:
        return ''.join(digits).encode('ascii')
    if bytes_per_sep > 0:         # groups counted from the right
        first = len(digits) % step or step
        groups = [digits[:first]] + [digits[i:i + step] for i in range(first, len(digits), step)]
    else:
        groups = [digits[i:i + step] for i in range(0, len(digits), step)]
    return sep.join(''.join(g) for g in groups).encode('ascii')


b2a_hex = hexlify


def unhexlify(hexstr, /):
    """Binary data of hexadecimal representation."""
    data = _as_bytes(hexstr, ascii_str_ok=True)
    if len(data) % 2:
        raise Error("Odd-length string")
    out = []
    for i in range(0, len(data), 2):
        try:
            out.append(int(data[i:i + 2].decode('ascii'), 16) if all(
                chr(c) in '0123456789abcdefABCDEF' for c in data[i:i + 2]) else None)
        except ValueError:
            out.append(None)
        if out[-1] is None:
            raise Error("Non-hexadecimal digit found")
    return bytes(out)


a2b_hex = unhexlify

_CRC_TABLE = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (0xedb88320 ^ (_c >> 1)) if _c & 1 else (_c >> 1)
    _CRC_TABLE.append(_c)
del _n, _c


def crc32(data, crc=0, /):
    """Compute CRC-32 incrementally."""
    data = _as_bytes(data)
    crc = ~crc & 0xffffffff
    table = _CRC_TABLE
    for b in data:
        crc = table[(crc ^ b) & 0xff] ^ (crc >> 8)
    return ~crc & 0xffffffff


# CRC-CCITT (polynomial 0x1021, most significant bit first), as BinHex 4 uses it.
_CRC_HQX_TABLE = []
for _n in range(256):
    _c = _n << 8
    for _ in range(8):
        _c = ((_c << 1) ^ 0x1021) if _c & 0x8000 else (_c << 1)
    _CRC_HQX_TABLE.append(_c & 0xffff)
del _n, _c


def crc_hqx(data, crc, /):
    """Compute CRC-CCITT incrementally."""
    data = _as_bytes(data)
    if not isinstance(crc, int):
        raise TypeError(f"'{type(crc).__name__}' object cannot be interpreted as an integer")
    crc &= 0xffff
    table = _CRC_HQX_TABLE
    for b in data:
        crc = ((crc << 8) & 0xff00) ^ table[(crc >> 8) ^ b]
    return crc


# --- quoted-printable (RFC 1521) ------------------------------------------------------------

_HEX_DIGITS = b'0123456789ABCDEFabcdef'
_QP_MAXLINE = 76


def a2b_qp(data, header=False):
    """Decode a string of qp-encoded data."""
    data = _as_bytes(data, ascii_str_ok=True)
    out = bytearray()
    i, n = 0, len(data)
    while i < n:
        c = data[i]
        if c == 0x3D:                                   # '='
            i += 1
            if i >= n:
                break
            if data[i] in b'\r\n':                      # soft line break: skip to after the newline
                while i < n and data[i] != 0x0A:
                    i += 1
                if i < n:
                    i += 1
            elif data[i] == 0x3D:                       # '==' (written by broken encoders)
                out.append(0x3D)
                i += 1
            elif i + 1 < n and data[i] in _HEX_DIGITS and data[i + 1] in _HEX_DIGITS:
                out.append(int(data[i:i + 2], 16))
                i += 2
            else:
                out.append(0x3D)
        elif header and c == 0x5F:                      # '_' is a space in headers
            out.append(0x20)
            i += 1
        else:
            out.append(c)
            i += 1
    return bytes(out)


def b2a_qp(data, quotetabs=False, istext=True, header=False):
    """Encode a string using quoted-printable encoding (lines of at most 76 characters)."""
    data = _as_bytes(data)
    newline = data.find(b'\n')
    eol = b'\r\n' if newline > 0 and data[newline - 1] == 0x0D else b'\n'
    out = bytearray()
    i, n, linelen = 0, len(data), 0
    while i < n:
        c = data[i]
        nxt = data[i + 1] if i + 1 < n else None
        if (c > 126 or c == 0x3D or (header and c == 0x5F)
                or (c == 0x2E and linelen == 0 and nxt in (None, 0x0A, 0x0D, 0))
                or (not istext and c in (0x0D, 0x0A))
                or (c in (0x09, 0x20) and nxt is None)
                or (c < 33 and c not in (0x0D, 0x0A) and (quotetabs or c not in (0x09, 0x20)))):
            if linelen + 3 >= _QP_MAXLINE:
                out += b'=' + eol
                linelen = 0
            out += b'=%02X' % c
            i += 1
            linelen += 3
        elif istext and (c == 0x0A or (c == 0x0D and nxt == 0x0A)):
            linelen = 0
            if out and out[-1] in (0x20, 0x09):        # whitespace before a line end is quoted
                out[-1:] = b'=%02X' % out[-1]
            out += eol
            i += 2 if c == 0x0D else 1
        else:
            if nxt is not None and nxt != 0x0A and linelen + 1 >= _QP_MAXLINE:
                out += b'=' + eol
                linelen = 0
            linelen += 1
            out.append(0x5F if header and c == 0x20 else c)
            i += 1
    return bytes(out)


# --- uuencode ---------------------------------------------------------------------------------

def a2b_uu(data, /):
    """Decode a line of uuencoded data."""
    data = _as_bytes(data, ascii_str_ok=True)
    length = ((data[0] if data else 0) - 0x20) & 0o77
    out = bytearray()
    acc = bits = 0
    pos = 1
    while len(out) < length:
        c = data[pos] if pos < len(data) else 0
        pos += 1
        if c in (0x0A, 0x0D) or pos > len(data):
            value = 0
        elif c < 0x20 or c > 0x60:
            raise Error("Illegal char")
        else:
            value = (c - 0x20) & 0o77
        acc = (acc << 6) | value
        bits += 6
        if bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 0xFF)
            acc &= (1 << bits) - 1
    for c in data[pos:]:
        if c not in b' `\r\n':
            raise Error("Trailing garbage")
    return bytes(out)


def b2a_uu(data, /, *, backtick=False):
    """Uuencode line of data (at most 45 bytes)."""
    data = _as_bytes(data)
    if len(data) > 45:
        raise Error("At most 45 bytes at once")

    def char(value):
        return 0x60 if backtick and value == 0 else 0x20 + value

    out = bytearray([char(len(data))])
    padded = data + bytes(-len(data) % 3)
    for i in range(0, len(padded), 3):
        group = (padded[i] << 16) | (padded[i + 1] << 8) | padded[i + 2]
        out += bytes((char(group >> 18), char((group >> 12) & 63), char((group >> 6) & 63),
                      char(group & 63)))
    out.append(0x0A)
    return bytes(out)


# CPython runs this module as C code (Modules/binascii.c): its frames add no traceback entries
# (Interpreter/NativeStandIns.cs).
import _sharpy_traceback  # noqa: E402
_sharpy_traceback.native_stand_in(globals())
del _sharpy_traceback
