"""Punycode (RFC 3492): Unicode labels as ASCII, with CPython's error messages."""
import codecs

_BASE, _TMIN, _TMAX, _SKEW, _DAMP = 36, 1, 26, 38, 700
_DIGITS = b'abcdefghijklmnopqrstuvwxyz0123456789'


def _threshold(k, bias):
    return min(max(_BASE * (k + 1) - bias, _TMIN), _TMAX)


def _adapt(delta, first, numpoints):
    delta = delta // _DAMP if first else delta // 2
    delta += delta // numpoints
    k = 0
    while delta > ((_BASE - _TMIN) * _TMAX) // 2:
        delta //= _BASE - _TMIN
        k += _BASE
    return k + (_BASE - _TMIN + 1) * delta // (delta + _SKEW)


def _encode_number(out, q, bias):
    k = 0
    while True:
        t = _threshold(k, bias)
        if q < t:
            out.append(_DIGITS[q])
            return
        out.append(_DIGITS[t + (q - t) % (_BASE - t)])
        q = (q - t) // (_BASE - t)
        k += 1


def punycode_encode(text):
    codes = [ord(c) for c in text]
    out = bytearray(c for c in codes if c < 0x80)
    handled = basic = len(out)
    extended = bytearray()
    n, delta, bias = 0x80, 0, 72
    for m in sorted(set(c for c in codes if c >= 0x80)):
        delta += (m - n) * (handled + 1)
        n = m
        for c in codes:
            if c < n:
                delta += 1
            elif c == n:
                _encode_number(extended, delta, bias)
                bias = _adapt(delta, handled == basic, handled + 1)
                delta = 0
                handled += 1
        delta += 1
        n += 1
    if out:
        return bytes(out) + b'-' + bytes(extended)
    return bytes(extended)


def _decode_number(extended, pos, bias, errors):
    """(position after the number, its value); value None after an error when not strict."""
    value, weight, k = 0, 1, 0
    while True:
        if pos >= len(extended):
            if errors == 'strict':
                raise UnicodeError("incomplete punicode string")
            return pos + 1, None
        c = ord(extended[pos])
        pos += 1
        if 0x41 <= c <= 0x5A:
            digit = c - 0x41
        elif 0x30 <= c <= 0x39:
            digit = c - 22
        elif errors == 'strict':
            raise UnicodeError("Invalid extended code point '%s'" % extended[pos - 1])
        else:
            return pos, None
        t = _threshold(k, bias)
        value += digit * weight
        if digit < t:
            return pos, value
        weight *= _BASE - t
        k += 1


def punycode_decode(text, errors):
    if isinstance(text, str):
        text = text.encode('ascii')
    text = bytes(text)
    dash = text.rfind(b'-')
    if dash == -1:
        base, extended = '', str(text, 'ascii').upper()
    else:
        base, extended = str(text[:dash], 'ascii', errors), str(text[dash + 1:], 'ascii').upper()
    out = list(base)
    n, i, bias, pos = 0x80, -1, 72, 0
    while pos < len(extended):
        newpos, delta = _decode_number(extended, pos, bias, errors)
        if delta is None:
            return ''.join(out)      # the rest cannot be placed once a number is lost
        i += delta + 1
        n += i // (len(out) + 1)
        if n > 0x10FFFF:
            if errors == 'strict':
                raise UnicodeError("Invalid character U+%x" % n)
            n = ord('?')
        i %= len(out) + 1
        out.insert(i, chr(n))
        bias = _adapt(delta, pos == 0, len(out))
        pos = newpos
    return ''.join(out)


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return punycode_encode(input), len(input)

    def decode(self, input, errors='strict'):
        if errors not in ('strict', 'replace', 'ignore'):
            raise UnicodeError("Unsupported error handling " + errors)
        return punycode_decode(input, errors), len(input)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return punycode_encode(input)


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        if self.errors not in ('strict', 'replace', 'ignore'):
            raise UnicodeError("Unsupported error handling " + self.errors)
        return punycode_decode(input, self.errors)


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(name='punycode', encode=Codec().encode, decode=Codec().decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader)
