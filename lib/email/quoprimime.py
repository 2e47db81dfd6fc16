"""Quoted-printable (RFC 2045) for email bodies and RFC 2047 'Q' headers, on str data
whose characters are byte values (latin-1)."""

import re
from string import ascii_letters, digits, hexdigits

__all__ = ['body_decode', 'body_encode', 'body_length', 'decode', 'decodestring',
           'header_decode', 'header_encode', 'header_length', 'quote', 'unquote']

CRLF = '\r\n'
NL = '\n'
EMPTYSTRING = ''

_HEADER_SAFE = frozenset(b'-!*+/' + (ascii_letters + digits).encode('ascii'))
# Printable ASCII except '=', plus space and tab, pass through bodies unchanged.
_BODY_SAFE = frozenset(c for c in range(32, 127) if c != ord('=')) | {9}


def quote(c):
    return '=%02X' % ord(c)


def unquote(s):
    return chr(int(s[1:3], 16))


def header_check(octet):
    return octet not in _HEADER_SAFE and octet != 32


def body_check(octet):
    return octet not in _BODY_SAFE


def header_length(bytearray):
    return sum(1 if (c in _HEADER_SAFE or c == 32) else 3 for c in bytearray)


def body_length(bytearray):
    return sum(1 if c in _BODY_SAFE else 3 for c in bytearray)


def header_encode(header_bytes, charset='iso-8859-1'):
    if not header_bytes:
        return ''
    encoded = ''.join('_' if c == 32 else chr(c) if c in _HEADER_SAFE else '=%02X' % c
                      for c in header_bytes)
    return '=?%s?q?%s?=' % (charset, encoded)


def _escape_body_chars(text):
    return ''.join(c if c in '\r\n' or ord(c) in _BODY_SAFE else '=%02X' % ord(c) for c in text)


def body_encode(body, maxlinelen=76, eol=NL):
    """Quoted-printable `body` with lines of at most `maxlinelen` characters, using soft
    line breaks ('=' at the end) and never splitting an =XX escape."""
    if maxlinelen < 4:
        raise ValueError("maxlinelen must be at least 4")
    if not body:
        return body
    body = _escape_body_chars(body)
    soft_break = '=' + eol
    out = []
    for line in body.splitlines():
        start = 0
        # Chunks of maxlinelen - 1 characters plus '=' while the rest is too long.
        last_start = len(line) - 1 - maxlinelen
        while start <= last_start:
            stop = start + maxlinelen - 1
            if line[stop - 2] == '=':           # an escape would straddle the break
                out.append(line[start:stop - 1])
                start = stop - 2
            elif line[stop - 1] == '=':
                out.append(line[start:stop])
                start = stop - 1
            else:
                out.append(line[start:stop] + '=')
                start = stop
        if line and line[-1] in ' \t':
            # Trailing whitespace must be protected, by an escape or a soft break.
            room = start - last_start
            if room >= 3:
                tail = quote(line[-1])
            elif room == 2:
                tail = line[-1] + soft_break
            else:
                tail = soft_break + quote(line[-1])
            out.append(line[start:-1] + tail)
        else:
            out.append(line[start:])
    if body[-1] in CRLF:
        out.append('')
    return eol.join(out)


def decode(encoded, eol=NL):
    """Undo quoted-printable encoding (soft breaks and =XX escapes)."""
    if not encoded:
        return encoded
    decoded = ''
    for line in encoded.splitlines():
        line = line.rstrip()
        if not line:
            decoded += eol
            continue
        i, n = 0, len(line)
        while i < n:
            c = line[i]
            if c != '=':
                decoded += c
                i += 1
            elif i + 1 == n:            # soft line break
                i += 1
                continue
            elif i + 2 < n and line[i + 1] in hexdigits and line[i + 2] in hexdigits:
                decoded += unquote(line[i:i + 3])
                i += 3
            else:
                decoded += c
                i += 1
            if i == n:
                decoded += eol
    if encoded[-1] not in '\r\n' and decoded.endswith(eol):
        decoded = decoded[:-1]
    return decoded


body_decode = decode
decodestring = decode


def header_decode(s):
    """Decode the text of a 'Q' encoded word (underscores are spaces)."""
    s = s.replace('_', ' ')
    return re.sub(r'=[a-fA-F0-9]{2}', lambda m: unquote(m.group(0)), s, flags=re.ASCII)
