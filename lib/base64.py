"""Base16, Base32, Base64 data encodings (Sharpy's own implementation; no Base85/Ascii85 yet)."""

import binascii

__all__ = ['encodebytes', 'decodebytes', 'b64encode', 'b64decode', 'b32encode', 'b32decode',
           'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode', 'standard_b64encode',
           'standard_b64decode', 'urlsafe_b64encode', 'urlsafe_b64decode']


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError(f"argument should be a bytes-like object or ASCII string, not "
                    f"{s.__class__.__name__!r}")


def _translate(data, frm, to):
    table = {a: b for a, b in zip(frm, to)}
    return bytes(table.get(c, c) for c in data)


def b64encode(s, altchars=None):
    """Encode the bytes-like object s using Base64 and return a bytes object."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        return _translate(encoded, b'+/', altchars)
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode the Base64 encoded bytes-like object or ASCII string s."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        s = _translate(s, altchars, b'+/')
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s, b'-_')


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    return b64decode(_translate(s, b'-_', b'+/'))


_B32_ALPHABETS = {
    'base32': b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
    'base32hex': b'0123456789ABCDEFGHIJKLMNOPQRSTUV',
}


def _b32encode(alphabet, s):
    s = binascii._as_bytes(s)
    out = []
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        n = int.from_bytes(chunk + b'\0' * (5 - len(chunk)), 'big')
        chars = [alphabet[(n >> (35 - 5 * k)) & 31] for k in range(8)]
        used = {1: 2, 2: 4, 3: 5, 4: 7, 5: 8}[len(chunk)]
        out += chars[:used] + [61] * (8 - used)
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        s = _translate(s, b'01', b'O' + map01)
    if casefold:
        s = s.upper()
    end = len(s)
    while end and s[end - 1] == 61:            # bytes.rstrip is missing in Sharpy
        end -= 1
    stripped = s[:end]
    padchars = len(s) - end
    values = {c: i for i, c in enumerate(alphabet)}
    decoded = []
    for i in range(0, len(stripped), 8):
        quanta = stripped[i:i + 8]
        acc = 0
        for c in quanta:
            v = values.get(c)
            if v is None:
                raise binascii.Error('Non-base32 digit found')
            acc = (acc << 5) | v
        acc <<= 5 * (8 - len(quanta))
        decoded.append(acc.to_bytes(5, 'big'))
    result = b''.join(decoded)
    if padchars:
        if padchars not in (1, 3, 4, 6):
            raise binascii.Error('Incorrect padding')
        keep = {1: 4, 3: 3, 4: 2, 6: 1}[padchars]
        result = result[:len(result) - 5 + keep]
    return result


def b32encode(s):
    """Encode the bytes-like object s using Base32 and return a bytes object."""
    return _b32encode(_B32_ALPHABETS['base32'], s)


def b32decode(s, casefold=False, map01=None):
    """Decode the Base32 encoded bytes-like object or ASCII string s."""
    return _b32decode(_B32_ALPHABETS['base32'], s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32_ALPHABETS['base32hex'], s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32_ALPHABETS['base32hex'], s, casefold)


def b16encode(s):
    """Encode the bytes-like object s using Base16 and return a bytes object."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode the Base16 encoded bytes-like object or ASCII string s."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if any(c not in b'0123456789ABCDEF' for c in s):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encodebytes(s):
    """Encode a bytestring into a bytes object containing multiple lines of base-64 data."""
    s = binascii._as_bytes(s)
    return b''.join(binascii.b2a_base64(s[i:i + MAXBINSIZE]) for i in range(0, len(s), MAXBINSIZE))


def decodebytes(s):
    """Decode a bytestring of base-64 data into a bytes object."""
    return binascii.a2b_base64(binascii._as_bytes(s))
