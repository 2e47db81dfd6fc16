"""Conversion between binary data and ASCII (Sharpy's own, pure-Python implementation)."""

__all__ = ['Error', 'Incomplete', 'a2b_base64', 'b2a_base64', 'a2b_hex', 'b2a_hex', 'hexlify',
           'unhexlify', 'crc32']


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
