"""Base64 for email bodies and RFC 2047 'B' headers."""

from base64 import b64encode
from binascii import b2a_base64, a2b_base64

__all__ = ['body_decode', 'body_encode', 'decode', 'decodestring', 'header_encode',
           'header_length']

CRLF = '\r\n'
NL = '\n'
EMPTYSTRING = ''
MISC_LEN = 7        # len('=?') + len('?b?') + len('?=')


def header_length(bytearray):
    """Length of `bytearray` once base64 encoded."""
    groups_of_3, leftover = divmod(len(bytearray), 3)
    return groups_of_3 * 4 + (4 if leftover else 0)


def header_encode(header_bytes, charset='iso-8859-1'):
    if not header_bytes:
        return ""
    if isinstance(header_bytes, str):
        header_bytes = header_bytes.encode(charset)
    return '=?%s?b?%s?=' % (charset, b64encode(header_bytes).decode("ascii"))


def body_encode(s, maxlinelen=76, eol=NL):
    """Base64 of bytes `s` in lines of at most `maxlinelen` characters, each ending in eol."""
    if not s:
        return ""
    per_line = maxlinelen * 3 // 4
    out = []
    for i in range(0, len(s), per_line):
        line = b2a_base64(s[i:i + per_line]).decode("ascii")
        if line.endswith(NL) and eol != NL:
            line = line[:-1] + eol
        out.append(line)
    return EMPTYSTRING.join(out)


def decode(string):
    if not string:
        return bytes()
    if isinstance(string, str):
        return a2b_base64(string.encode('raw-unicode-escape'))
    return a2b_base64(string)


body_decode = decode
decodestring = decode
