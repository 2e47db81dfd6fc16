"""UTF-7 (RFC 2152), with CPython's choices: set O and whitespace are written directly, and the
decoder reports errors under the codec name 'utf7'."""
import codecs

_B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUE = {ord(c): i for i, c in enumerate(_B64)}
# ASCII characters the encoder must put in a base64 section: controls other than
# tab/LF/CR, '+', '\\', '~' and DEL.
_SPECIAL = frozenset(list(range(0, 9)) + [11, 12] + list(range(14, 32)) + [43, 92, 126, 127])


def _direct(code):
    return code < 128 and code not in _SPECIAL


def utf_7_encode(input, errors=None):
    if not isinstance(input, str):
        raise TypeError("utf_7_encode() argument 1 must be str, not %s" % type(input).__name__)
    out = []
    in_shift = False
    bits = buffer = 0
    for ch in input:
        code = ord(ch)
        if in_shift:
            if _direct(code):
                if bits:
                    out.append(_B64[(buffer << (6 - bits)) & 0x3F])
                    bits = buffer = 0
                in_shift = False
                # a base64 character (or '-') right after the section needs an explicit end
                if code in _B64_VALUE or ch == '-':
                    out.append('-')
                out.append(ch)
                continue
        elif ch == '+':
            out.append('+-')
            continue
        elif _direct(code):
            out.append(ch)
            continue
        else:
            out.append('+')
            in_shift = True
        units = (code,) if code < 0x10000 else (
            0xD800 | ((code - 0x10000) >> 10), 0xDC00 | ((code - 0x10000) & 0x3FF))
        for unit in units:
            buffer = (buffer << 16) | unit
            bits += 16
            while bits >= 6:
                out.append(_B64[(buffer >> (bits - 6)) & 0x3F])
                bits -= 6
            buffer &= (1 << bits) - 1
    if bits:
        out.append(_B64[(buffer << (6 - bits)) & 0x3F])
    if in_shift:
        out.append('-')
    return ''.join(out).encode('ascii'), len(input)


def _error(errors, data, start, end, reason):
    """Runs the error handler for data[start:end]; returns (replacement, resume position)."""
    import _codecs
    exc = UnicodeDecodeError('utf7', data, start, end, reason)
    if errors in (None, 'strict'):
        raise exc
    return _codecs._handler_result(codecs.lookup_error(errors)(exc), len(data), str)


def utf_7_decode(input, errors=None, final=False):
    data = bytes(input)
    out = []
    n = len(data)
    i = 0
    in_shift = False
    surrogate = 0
    bits = buffer = 0
    shift_start = shift_out = 0     # position of the '+' and length of out when the section began
    while True:
        error = None
        if i >= n:
            if not (in_shift and final):
                break
            in_shift = False
            if surrogate or bits >= 6 or (bits and buffer):
                error = (shift_start, n, 'unterminated shift sequence')
            else:
                break
        else:
            c = data[i]
            if in_shift:
                if c in _B64_VALUE:
                    buffer = (buffer << 6) | _B64_VALUE[c]
                    bits += 6
                    i += 1
                    if bits >= 16:
                        unit = buffer >> (bits - 16)
                        bits -= 16
                        buffer &= (1 << bits) - 1
                        if surrogate:
                            if 0xDC00 <= unit <= 0xDFFF:
                                out.append(chr(0x10000 + ((surrogate - 0xD800) << 10) + unit - 0xDC00))
                                surrogate = 0
                                continue
                            out.append(chr(surrogate))
                            surrogate = 0
                        if 0xD800 <= unit <= 0xDBFF:
                            surrogate = unit
                        else:
                            out.append(chr(unit))
                    continue
                in_shift = False
                if bits >= 6:
                    i += 1
                    error = (shift_start, i, 'partial character in shift sequence')
                elif buffer:
                    i += 1
                    error = (shift_start, i, 'non-zero padding bits in shift sequence')
                else:
                    if surrogate and c < 128:
                        out.append(chr(surrogate))
                    surrogate = 0
                    if c == 0x2D:       # '-' ends the section and is dropped
                        i += 1
                    continue
            elif c == 0x2B:             # '+'
                shift_start = i
                i += 1
                if i < n and data[i] == 0x2D:
                    i += 1
                    out.append('+')
                elif i < n and data[i] not in _B64_VALUE:
                    i += 1
                    error = (shift_start, i, 'ill-formed sequence')
                else:
                    in_shift = True
                    surrogate = bits = buffer = 0
                    shift_out = len(out)
                if error is None:
                    continue
            elif c < 128:
                out.append(chr(c))
                i += 1
                continue
            else:
                i += 1
                error = (i - 1, i, 'unexpected special character')
        replacement, i = _error(errors, data, *error)
        out.append(replacement)
    if in_shift:
        # An unfinished section is left for the next call.
        return ''.join(out[:shift_out]), shift_start
    return ''.join(out), i


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return utf_7_encode(input, self.errors)[0]


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    _buffer_decode = staticmethod(utf_7_decode)


class StreamWriter(codecs.StreamWriter):
    encode = staticmethod(utf_7_encode)


class StreamReader(codecs.StreamReader):
    decode = staticmethod(utf_7_decode)


def encode(input, errors='strict'):
    return utf_7_encode(input, errors)


def decode(input, errors='strict'):
    return utf_7_decode(input, errors, True)


def getregentry():
    return codecs.CodecInfo(name='utf-7', encode=encode, decode=decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamreader=StreamReader, streamwriter=StreamWriter)
