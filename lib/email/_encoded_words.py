"""RFC 2047 encoded words (=?charset?q|b?text?=): encoding and decoding helpers."""

import base64
import binascii
import re

# charset, encoding letter, encoded text; whitespace between two encoded words is dropped.
ENCODED_WORD = re.compile(r'=\?([^?]*)\?([qQbB])\?(.*?)\?=', re.ASCII | re.DOTALL)

_Q_SAFE = frozenset(b'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/')


def decode_q(text):
    data = text.replace('_', ' ').encode('ascii', 'surrogateescape')
    return re.sub(rb'=([0-9A-Fa-f]{2})', lambda m: bytes([int(m.group(1), 16)]), data)


def decode_b_with_defects(data):
    """(bytes, defect classes) for base64 `data`, as lenient as mail readers must be:
    missing padding is added, stray characters are dropped, and input of an impossible
    length comes back undecoded."""
    from email import errors
    missing = -len(data) % 4
    try:
        decoded = base64.b64decode(data + b'=' * missing, validate=True)
        return decoded, [errors.InvalidBase64PaddingDefect] if missing else []
    except binascii.Error:
        pass
    for extra, defects in ((b'', [errors.InvalidBase64CharactersDefect]),
                           (b'==', [errors.InvalidBase64CharactersDefect,
                                    errors.InvalidBase64PaddingDefect])):
        try:
            return base64.b64decode(data + extra, validate=False), defects
        except binascii.Error:
            continue
    return data, [errors.InvalidBase64LengthDefect]


def decode_b(text):
    return decode_b_with_defects(text.encode('ascii', 'surrogateescape'))[0]


def encode_q(data):
    return ''.join(chr(b) if b in _Q_SAFE else ('_' if b == 32 else '=%02X' % b) for b in data)


def encode_b(data):
    return base64.b64encode(data).decode('ascii')


def encode(text, charset='utf-8', encoding=None):
    """One encoded word for `text`; the shorter of q and b unless `encoding` is given."""
    data = text.encode(charset, 'surrogateescape')
    if encoding is None:
        encoding = 'q' if len(encode_q(data)) <= len(encode_b(data)) else 'b'
    body = encode_q(data) if encoding == 'q' else encode_b(data)
    return '=?%s?%s?%s?=' % (charset, encoding, body)


def decode_chunks(value):
    """Split `value` into (bytes-or-str, charset) chunks the way email.header.decode_header does."""
    if not ENCODED_WORD.search(value):
        return [(value, None)]
    chunks = []
    pos = 0
    for m in ENCODED_WORD.finditer(value):
        between = value[pos:m.start()]
        if between and not (chunks and chunks[-1][1] is not None and between.isspace()):
            chunks.append((between.encode('raw-unicode-escape'), None))
        charset = m.group(1).lower().split('*')[0]
        raw = decode_q(m.group(3)) if m.group(2) in 'qQ' else decode_b(m.group(3))
        if chunks and chunks[-1][1] == charset:
            chunks[-1] = (chunks[-1][0] + raw, charset)
        else:
            chunks.append((raw, charset))
        pos = m.end()
    if pos < len(value):
        chunks.append((value[pos:].encode('raw-unicode-escape'), None))
    # Plain chunks next to each other merge too.
    merged = []
    for data, charset in chunks:
        if merged and merged[-1][1] is None and charset is None:
            merged[-1] = (merged[-1][0] + data, None)
        else:
            merged.append((data, charset))
    return merged


def decode_to_str(value):
    """`value` with its encoded words decoded (undecodable bytes replaced)."""
    if not ENCODED_WORD.search(value):
        return value
    out = []
    for data, charset in decode_chunks(value):
        if charset is None:
            out.append(data.decode('raw-unicode-escape'))
        else:
            try:
                out.append(data.decode(charset, 'replace'))
            except LookupError:
                out.append(data.decode('ascii', 'replace'))
    return ''.join(out)
