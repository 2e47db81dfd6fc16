"""Base16, Base32, Base64, Base85 and Ascii85 data encodings (Sharpy's own implementation)."""

import binascii

__all__ = ['encodebytes', 'decodebytes', 'b64encode', 'b64decode', 'b32encode', 'b32decode',
           'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode', 'standard_b64encode',
           'standard_b64decode', 'urlsafe_b64encode', 'urlsafe_b64decode', 'a85encode', 'a85decode',
           'b85encode', 'b85decode']


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


def _input_type_check(s):
    """The legacy encodebytes/decodebytes accept any buffer of single bytes, with their own message."""
    try:
        m = memoryview(s)
    except TypeError as err:
        raise TypeError(f"expected bytes-like object, not {s.__class__.__name__}") from err
    return m.tobytes()


def encodebytes(s):
    """Encode a bytestring into a bytes object containing multiple lines of base-64 data."""
    s = _input_type_check(s)
    return b''.join(binascii.b2a_base64(s[i:i + MAXBINSIZE]) for i in range(0, len(s), MAXBINSIZE))


def decodebytes(s):
    """Decode a bytestring of base-64 data into a bytes object."""
    return binascii.a2b_base64(_input_type_check(s))


# ---- Base85 family: each 4-byte big-endian word becomes 5 base-85 digits ----

_A85_ALPHABET = bytes(range(33, 118))      # '!' .. 'u'
_B85_ALPHABET = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                 b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")
_B85_VALUES = {c: i for i, c in enumerate(_B85_ALPHABET)}


def _85_encode(b, alphabet, pad, fold_nuls, fold_spaces):
    data = memoryview(b).tobytes()
    padding = (-len(data)) % 4
    data += b'\0' * padding
    chunks = []
    for k in range(0, len(data), 4):
        word = int.from_bytes(data[k:k + 4], 'big')
        if fold_nuls and word == 0:
            chunks.append(b'z')
        elif fold_spaces and word == 0x20202020:
            chunks.append(b'y')
        else:
            digits = bytearray(5)
            for d in range(4, -1, -1):
                word, digits[d] = divmod(word, 85)
            chunks.append(bytes(alphabet[v] for v in digits))
    if padding and not pad:
        if chunks[-1] == b'z':
            chunks[-1] = alphabet[0:1] * 5
        chunks[-1] = chunks[-1][:-padding]
    return b''.join(chunks)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Encode bytes-like b with Ascii85; 'z' stands for four zero bytes, 'y' (foldspaces) for four spaces."""
    result = _85_encode(b, _A85_ALPHABET, pad, True, foldspaces)
    if adobe:
        result = b'<~' + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        lines = [result[k:k + wrapcol] for k in range(0, len(result), wrapcol)]
        if adobe and len(lines[-1]) + 2 > wrapcol:
            lines.append(b'')
        result = b'\n'.join(lines)
    if adobe:
        result += b'~>'
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Decode Ascii85 data; the last group may be short (it was padded when encoding)."""
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(b'~>'):
            raise ValueError("Ascii85 encoded byte sequences must end with {!r}".format(b'~>'))
        b = b[2:-2] if b.startswith(b'<~') else b[:-2]
    out = []
    group = []
    for c in b + b'u' * 4:   # the 'u's complete a short final group; their bytes are cut below
        if 33 <= c <= 117:
            group.append(c)
            if len(group) == 5:
                value = 0
                for digit in group:
                    value = value * 85 + (digit - 33)
                if value > 0xFFFFFFFF:
                    raise ValueError('Ascii85 overflow')
                out.append(value.to_bytes(4, 'big'))
                group.clear()
        elif c == 122:   # 'z'
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out.append(b'\0\0\0\0')
        elif foldspaces and c == 121:   # 'y'
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out.append(b'    ')
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    result = b''.join(out)
    padding = 4 - len(group)
    return result[:-padding] if padding else result


def b85encode(b, pad=False):
    """Encode bytes-like b with the Base85 alphabet of git and Mercurial binary diffs."""
    return _85_encode(b, _B85_ALPHABET, pad, False, False)


def b85decode(b):
    """Decode Base85 data; a short final group is completed with the highest digit and cut after."""
    b = _bytes_from_decode_data(b)
    padding = (-len(b)) % 5
    b += b'~' * padding
    out = []
    for k in range(0, len(b), 5):
        value = 0
        for j, c in enumerate(b[k:k + 5]):
            digit = _B85_VALUES.get(c)
            if digit is None:
                raise ValueError('bad base85 character at position %d' % (k + j))
            value = value * 85 + digit
        if value > 0xFFFFFFFF:
            raise ValueError('base85 overflow in hunk starting at byte %d' % k)
        out.append(value.to_bytes(4, 'big'))
    result = b''.join(out)
    return result[:-padding] if padding else result
