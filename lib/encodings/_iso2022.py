"""The stateful CJK codecs: iso2022_jp (-1, -2, -2004, -3, -ext), iso2022_kr and hz, as CPython 3.11 runs
them (Modules/cjkcodecs/_codecs_iso2022.c, _codecs_cn.c). Their double-byte character sets come
from the tables of the EUC codecs (_cjk): JIS X 0208/0212 from euc_jp, KS X 1001 from cp949,
GB 2312 from gb2312, JIS X 0213 from euc_jis_2004 / euc_jisx0213.

A decoder or encoder keeps its state in a small dict, so the incremental classes can carry it
between calls. Errors are CPython's: 'illegal multibyte sequence' (with CPython's lengths) and
'incomplete multibyte sequence' for input that ends inside a sequence.
"""
import _codecs
import codecs
from . import _cjk

ESC, SO, SI, LF = 0x1B, 0x0E, 0x0F, 0x0A
_TOOFEW = -1


class _Charset:
    """A character set designated by escape sequences: mark (final byte), width (1 or 2)."""

    def __init__(self, mark, width, decode, encode, plane=0):
        self.mark, self.width, self.decode, self.encode, self.plane = mark, width, decode, encode, plane


def _euc_charset(mark, codec, prefix=b'', plane=0):
    def decode(b1, b2):
        if not (0x21 <= b1 <= 0x7E and 0x21 <= b2 <= 0x7E):
            return None
        return _cjk.table(codec).lookup(prefix + bytes((b1 | 0x80, b2 | 0x80)))

    def encode(ch):
        seq = _cjk.table(codec).encoding().get(ch)
        if (seq is None or len(seq) != len(prefix) + 2 or not seq.startswith(prefix)
                or seq[-2] < 0xA1 or seq[-1] < 0xA1):
            return None
        return bytes((seq[-2] & 0x7F, seq[-1] & 0x7F))

    return _Charset(mark, 2, decode, encode, plane)


def _jisx0208(mark):
    charset = _euc_charset(mark, 'euc_jp')
    plain_decode, plain_encode = charset.decode, charset.encode
    # JIS X 0208 0x2140 is FULLWIDTH REVERSE SOLIDUS both ways.
    charset.decode = lambda b1, b2: '\uff3c' if (b1, b2) == (0x21, 0x40) else plain_decode(b1, b2)
    charset.encode = lambda ch: b'\x21\x40' if ch == '\uff3c' else plain_encode(ch)
    return charset


def _jisx0201_roman():
    def decode(b1, b2=None):
        if b1 >= 0x80:
            return None
        return '\u00a5' if b1 == 0x5C else '\u203e' if b1 == 0x7E else chr(b1)

    def encode(ch):
        code = ord(ch)
        if code < 0x80 and code not in (0x5C, 0x7E):
            return bytes((code,))
        return b'\x5c' if code == 0xA5 else b'\x7e' if code == 0x203E else None

    return _Charset(ord('J'), 1, decode, encode)


def _jisx0201_katakana():
    def decode(b1, b2=None):
        b1 ^= 0x80
        return chr(0xFF61 + b1 - 0xA1) if 0xA1 <= b1 <= 0xDF else None

    def encode(ch):
        code = ord(ch)
        return bytes((code - 0xFF61 + 0x21,)) if 0xFF61 <= code <= 0xFF9F else None

    return _Charset(ord('I'), 1, decode, encode)


class _Jisx0213(_Charset):
    """A JIS X 0213 plane (from euc_jis_2004, or euc_jisx0213 for the 2000 edition). mode 'pairs'
    encodes only the character pairs (kana + semi-voiced mark...), 'plane1'/'plane2' the rest."""

    def __init__(self, mark, codec, mode):
        prefix = b'\x8f' if mode == 'plane2' else b''
        self.codec, self.mode = codec, mode
        euc_decode = _euc_charset(mark, codec, prefix).decode
        if mode == 'plane2':
            # euc_jis_2004 also reads JIS X 0212 after 0x8F; plane 2 has only these rows.
            def decode(b1, b2):
                return euc_decode(b1, b2) if b1 - 0x20 in _PLANE2_ROWS else None
        else:
            decode = euc_decode
        _Charset.__init__(self, mark, 2, decode, None)

    def _single(self, ch):
        seq = _cjk.table(self.codec).encoding().get(ch)
        if seq is None:
            return None
        plane2 = len(seq) == 3 and seq[0] == 0x8F
        if (self.mode == 'plane2') != plane2 or seq[-2] < 0xA1 or seq[-1] < 0xA1:
            return None
        if plane2 and (seq[-2] & 0x7F) - 0x20 not in _PLANE2_ROWS:
            return None
        return bytes((seq[-2] & 0x7F, seq[-1] & 0x7F))

    def encode_at(self, text, i, final):
        """(bytes, characters used), None when unmappable, or _TOOFEW (a pair may follow)."""
        t = _cjk.table(self.codec)
        ch = text[i]
        if ch not in t.pair_starts:
            return None if self.mode == 'pairs' else _used(self._single(ch), 1)
        if i + 1 >= len(text):
            if not final:
                return _TOOFEW
            return None if self.mode == 'pairs' else _used(self._single(ch), 1)
        seq = t.encoding().get(text[i:i + 2])
        if seq is not None:
            return bytes((seq[0] & 0x7F, seq[1] & 0x7F)), 2
        return None if self.mode == 'pairs' else _used(self._single(ch), 1)


_PLANE2_ROWS = frozenset([1, 3, 4, 5, 8, 12, 13, 14, 15] + list(range(78, 95)))


def _used(coded, count):
    return None if coded is None else (coded, count)


def _g2_only(mark):
    """ISO 8859-1/-7 upper halves: reachable through ESC N only, never encoded."""
    return _Charset(mark, 1, lambda b1, b2=None: None, lambda ch: None, plane=2)


_DBCS = 0x80
_JISX0208 = ord('B') | _DBCS
_CONFIGS = {
    'iso2022_kr': (lambda: [_euc_charset(ord('C') | _DBCS, 'cp949', plane=1)], False, False),
    'iso2022_jp': (lambda: [_jisx0208(_JISX0208), _jisx0201_roman(), _jisx0208(ord('@') | _DBCS)],
                   True, False),
    'iso2022_jp_1': (lambda: [_jisx0208(_JISX0208), _euc_charset(ord('D') | _DBCS, 'euc_jp', b'\x8f'),
                              _jisx0201_roman(), _jisx0208(ord('@') | _DBCS)], True, False),
    'iso2022_jp_2': (lambda: [_jisx0208(_JISX0208), _euc_charset(ord('D') | _DBCS, 'euc_jp', b'\x8f'),
                              _euc_charset(ord('C') | _DBCS, 'cp949'),
                              _euc_charset(ord('A') | _DBCS, 'gb2312'),
                              _jisx0201_roman(), _jisx0208(ord('@') | _DBCS),
                              _g2_only(ord('A')), _g2_only(ord('F'))], True, True),
    'iso2022_jp_2004': (lambda: [_Jisx0213(ord('Q') | _DBCS, 'euc_jis_2004', 'pairs'),
                                 _jisx0208(_JISX0208),
                                 _Jisx0213(ord('Q') | _DBCS, 'euc_jis_2004', 'plane1'),
                                 _Jisx0213(ord('P') | _DBCS, 'euc_jis_2004', 'plane2')], True, False),
    'iso2022_jp_3': (lambda: [_Jisx0213(ord('O') | _DBCS, 'euc_jisx0213', 'pairs'),
                              _jisx0208(_JISX0208),
                              _Jisx0213(ord('O') | _DBCS, 'euc_jisx0213', 'plane1'),
                              _Jisx0213(ord('P') | _DBCS, 'euc_jisx0213', 'plane2')], True, False),
    'iso2022_jp_ext': (lambda: [_jisx0208(_JISX0208), _euc_charset(ord('D') | _DBCS, 'euc_jp', b'\x8f'),
                                _jisx0201_roman(), _jisx0201_katakana(), _jisx0208(ord('@') | _DBCS)],
                       True, False),
}
CODECS = frozenset(_CONFIGS) | {'hz'}
_ASCII = ord('B')
_charsets = {}


def _designations(name):
    found = _charsets.get(name)
    if found is None:
        found = _charsets[name] = _CONFIGS[name][0]()
    return found


def _iso8859_7(c):
    """CPython's ISO8859_7_DECODE for a G2 byte (high bit set)."""
    if c < 0xA0:
        return chr(c)
    if c < 0xC0 and 0x288F3BC9 & (1 << (c - 0xA0)):
        return chr(c)
    if 0xB4 <= c <= 0xFE and (c >= 0xD4 or 0xBFFFFD77 & (1 << (c - 0xB4))):
        return chr(0x02D0 + c)
    return {0xA1: '\u2018', 0xA2: '\u2019', 0xAF: '\u2015'}.get(c)


def _is_escend(c):
    return 0x41 <= c <= 0x5A or c == 0x40


class _Iso2022:
    def __init__(self, name):
        self.name = name
        self.charsets = _designations(name)
        _, self.no_shift, self.use_g2 = _CONFIGS[name]
        self.jis_ext = name != 'iso2022_kr'     # the jp family accepts ESC & @ prefixes

    def new_decoder_state(self):
        return {'g': [_ASCII, _ASCII, _ASCII], 'shifted': False, 'escthrough': False}

    def new_encoder_state(self):
        return {'g': [_ASCII, _ASCII], 'shifted': False}

    def _charset(self, mark):
        for charset in self.charsets:
            if charset.mark == mark:
                return charset
        return None

    def _escape(self, state, data, i):
        """Consumes an escape sequence at data[i]: its length, an error length, or _TOOFEW."""
        n = len(data) - i
        k = 1
        esclen = 0
        while k < 16:
            if k >= n:
                return _TOOFEW, 0
            if _is_escend(data[i + k]):
                esclen = k + 1
                break
            if self.jis_ext and k + 1 < n and data[i + k] == 0x26 and data[i + k + 1] == 0x40:
                k += 3      # '&@' (JIS X 0208-1990 prefix): CPython also skips the byte after it
            else:
                k += 1
        else:
            return 0, 1
        b = data[i:i + esclen]
        if esclen == 3:
            if b[1] == 0x24:
                charset, plane = b[2] | _DBCS, 0
            elif b[1] == 0x28:
                charset, plane = b[2], 0
            elif b[1] == 0x29:
                charset, plane = b[2], 1
            elif self.use_g2 and b[1] == 0x2E:
                charset, plane = b[2], 2
            else:
                return 0, 3
        elif esclen == 4:
            if b[1] != 0x24 or b[2] not in (0x28, 0x29):
                return 0, 4
            charset, plane = b[3] | _DBCS, 0 if b[2] == 0x28 else 1
        elif esclen == 6:
            if not (b[3] == ESC and b[4] == 0x24 and b[5] == 0x42):
                return 0, 6
            charset, plane = _JISX0208, 0
        else:
            return 0, esclen
        if charset != _ASCII and self._charset(charset) is None:
            return 0, esclen
        state['g'][plane] = charset
        return esclen, 0

    def decode(self, data, errors, final, state):
        out = []
        i, n = 0, len(data)
        while i < n:
            c = data[i]
            if state['escthrough']:
                out.append(chr(c))
                i += 1
                if _is_escend(c):
                    state['escthrough'] = False
                continue
            error = 0
            if c == ESC:
                if n - i < 2:
                    error = _TOOFEW
                elif data[i + 1] in b'()$.&':
                    used, error = self._escape(state, data, i)
                    if used == _TOOFEW:
                        error = _TOOFEW
                    elif not error:
                        i += used
                        continue
                elif self.use_g2 and data[i + 1] == 0x4E:       # single shift 2
                    if n - i < 3:
                        error = _TOOFEW
                    else:
                        ch = self._g2(state, data[i + 2])
                        if ch is None:
                            error = 3
                        else:
                            out.append(ch)
                            i += 3
                            continue
                else:
                    out.append(chr(ESC))
                    state['escthrough'] = True
                    i += 1
                    continue
            elif c in (SI, SO) and not self.no_shift:
                state['shifted'] = c == SO
                i += 1
                continue
            elif c == LF:
                state['shifted'] = False
                out.append('\n')
                i += 1
                continue
            elif c < 0x20 or c in (SI, SO):
                out.append(chr(c))
                i += 1
                continue
            elif c >= 0x80:
                error = 1
            else:
                mark = state['g'][1] if state['shifted'] else state['g'][0]
                if mark == _ASCII:
                    out.append(chr(c))
                    i += 1
                    continue
                charset = self._charset(mark)
                if n - i < charset.width:
                    error = _TOOFEW
                else:
                    ch = charset.decode(c, data[i + 1]) if charset.width == 2 else charset.decode(c)
                    if ch is None:
                        error = charset.width
                    else:
                        out.append(ch)
                        i += charset.width
                        continue
            if error == _TOOFEW:
                if not final:
                    break
                start, end, reason = i, n, 'incomplete multibyte sequence'
            else:
                start, end, reason = i, i + error, 'illegal multibyte sequence'
            replacement, i = _cjk._decode_error(self.name, errors, data, start, end, reason)
            out.append(replacement)
        return ''.join(out), i

    def _g2(self, state, c):
        g2 = state['g'][2]
        if g2 == ord('A'):
            return chr(c + 0x80) if c < 0x80 else None
        if g2 == ord('F'):
            return _iso8859_7(c ^ 0x80)
        if g2 == _ASCII:
            return None if c & 0x80 else chr(c)
        return None

    def encode(self, text, errors, final, state):
        out = bytearray()
        i, n = 0, len(text)
        while i < n:
            used = self.encode_char(text, i, state, out, final)
            if used == _TOOFEW:
                break
            if used:
                i += used
                continue
            exc = UnicodeEncodeError(self.name, text, i, i + 1, 'illegal multibyte sequence')
            i = self._encode_error(exc, errors, state, out, text)
        if final:
            self.reset_encoder(state, out)
        return bytes(out), i

    def _encode_error(self, exc, errors, state, out, text):
        if errors in (None, 'strict'):
            raise exc
        if errors == 'ignore':
            return exc.end
        if errors == 'replace':
            replacement, pos = '?', exc.end
        else:
            replacement, pos = _codecs._handler_result(codecs.lookup_error(errors)(exc), len(text), bytes)
        if isinstance(replacement, bytes):
            out += replacement
        else:
            for k in range(len(replacement)):
                if self.encode_char(replacement[k], 0, state, out, True) != 1:
                    raise UnicodeEncodeError(self.name, replacement, 0, len(replacement), 'illegal multibyte sequence')
        return pos

    def encode_char(self, text, i, state, out, final):
        """Appends text[i] (or a pair from there), switching charsets as needed; returns the
        number of characters used, 0 when no charset has it, _TOOFEW to wait for the next one."""
        g = state['g']
        ch = text[i]
        code = ord(ch)
        if code < 0x80:
            if g[0] != _ASCII:
                out += b'\x1b(B'
                g[0] = _ASCII
            if state['shifted']:
                out.append(SI)
                state['shifted'] = False
            out.append(code)
            return 1
        for charset in self.charsets:
            if charset.encode is None:
                found = charset.encode_at(text, i, final)
                if found == _TOOFEW:
                    return _TOOFEW
                if found is not None:
                    coded, used = found
                    break
            else:
                coded, used = charset.encode(ch), 1
                if coded is not None:
                    break
        else:
            return 0
        if charset.plane == 0:
            if state['shifted']:
                out.append(SI)
                state['shifted'] = False
            if g[0] != charset.mark:
                final = charset.mark & 0x7F
                if charset.width == 1:
                    out += bytes((ESC, 0x28, final))
                elif charset.mark == _JISX0208:
                    out += bytes((ESC, 0x24, final))
                else:
                    out += bytes((ESC, 0x24, 0x28, final))
                g[0] = charset.mark
        else:
            if g[1] != charset.mark:
                final = charset.mark & 0x7F
                out += bytes((ESC, 0x29, final)) if charset.width == 1 else bytes((ESC, 0x24, 0x29, final))
                g[1] = charset.mark
            if not state['shifted']:
                out.append(SO)
                state['shifted'] = True
        out += coded
        return used

    def reset_encoder(self, state, out):
        if state['shifted']:
            out.append(SI)
            state['shifted'] = False
        if state['g'][0] != _ASCII:
            out += b'\x1b(B'
            state['g'][0] = _ASCII


class _Hz:
    """HZ (RFC 1843): '~{' switches to GB 2312, '~}' back to ASCII, '~~' is a tilde."""

    def __init__(self):
        self.name = 'hz'
        self.gb = _euc_charset(ord('A') | _DBCS, 'gb2312')

    def new_decoder_state(self):
        return {'gb': False}

    new_encoder_state = new_decoder_state

    def decode(self, data, errors, final, state):
        out = []
        i, n = 0, len(data)
        while i < n:
            c = data[i]
            error = 0
            if c == 0x7E:
                if n - i < 2:
                    error = _TOOFEW
                else:
                    c2 = data[i + 1]
                    if c2 == 0x7E and not state['gb']:
                        out.append('~')
                    elif c2 == 0x7B and not state['gb']:
                        state['gb'] = True
                    elif c2 == 0x0A and not state['gb']:
                        pass                        # line continuation
                    elif c2 == 0x7D and state['gb']:
                        state['gb'] = False
                    else:
                        error = 1
                    if not error:
                        i += 2
                        continue
            elif c & 0x80:
                error = 1
            elif not state['gb']:
                out.append(chr(c))
                i += 1
                continue
            elif n - i < 2:
                error = _TOOFEW
            else:
                ch = self.gb.decode(c, data[i + 1])
                if ch is None:
                    error = 1
                else:
                    out.append(ch)
                    i += 2
                    continue
            if error == _TOOFEW:
                if not final:
                    break
                start, end, reason = i, n, 'incomplete multibyte sequence'
            else:
                start, end, reason = i, i + error, 'illegal multibyte sequence'
            replacement, i = _cjk._decode_error(self.name, errors, data, start, end, reason)
            out.append(replacement)
        return ''.join(out), i

    def encode_char(self, text, i, state, out, final):
        ch = text[i]
        code = ord(ch)
        if code < 0x80:
            if state['gb']:
                out += b'~}'
                state['gb'] = False
            out += b'~~' if code == 0x7E else bytes((code,))
            return 1
        coded = self.gb.encode(ch)
        if coded is None:
            return 0
        if not state['gb']:
            out += b'~{'
            state['gb'] = True
        out += coded
        return 1

    encode = _Iso2022.encode
    _encode_error = _Iso2022._encode_error

    def reset_encoder(self, state, out):
        if state['gb']:
            out += b'~}'
            state['gb'] = False


_codecs_cache = {}


def _codec(name):
    codec = _codecs_cache.get(name)
    if codec is None:
        codec = _codecs_cache[name] = _Hz() if name == 'hz' else _Iso2022(name)
    return codec


def getregentry(name):
    def encode(input, errors='strict'):
        if not isinstance(input, str):
            raise TypeError("argument 1 must be str, not %s" % type(input).__name__)
        codec = _codec(name)
        return codec.encode(input, errors, True, codec.new_encoder_state())

    def decode(input, errors='strict'):
        codec = _codec(name)
        return codec.decode(bytes(input), errors, True, codec.new_decoder_state())

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def __init__(self, errors='strict'):
            codecs.IncrementalEncoder.__init__(self, errors)
            self.state = _codec(name).new_encoder_state()
            self.pending = ''       # a character that may start a pair with the next input

        def encode(self, input, final=False):
            text = self.pending + input
            data, used = _codec(name).encode(text, self.errors, final, self.state)
            self.pending = text[used:]
            return data

        def reset(self):
            self.state = _codec(name).new_encoder_state()
            self.pending = ''

    class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            codecs.BufferedIncrementalDecoder.__init__(self, errors)
            self.state = _codec(name).new_decoder_state()

        def _buffer_decode(self, input, errors, final):
            result = _codec(name).decode(bytes(input), errors, final, self.state)
            _cjk.check_pending(len(input) - result[1])
            return result

        def reset(self):
            codecs.BufferedIncrementalDecoder.reset(self)
            self.state = _codec(name).new_decoder_state()

    class StreamWriter(codecs.StreamWriter):
        def __init__(self, stream, errors='strict'):
            codecs.StreamWriter.__init__(self, stream, errors)
            self.state = _codec(name).new_encoder_state()

        def encode(self, input, errors='strict'):
            return _codec(name).encode(input, errors, False, self.state)

        def reset(self):
            out = bytearray()
            _codec(name).reset_encoder(self.state, out)
            if out:
                self.stream.write(bytes(out))

    class StreamReader(codecs.StreamReader):
        def __init__(self, stream, errors='strict'):
            codecs.StreamReader.__init__(self, stream, errors)
            self.state = _codec(name).new_decoder_state()

        def decode(self, input, errors='strict'):
            return _codec(name).decode(bytes(input), errors, False, self.state)

        def reset(self):
            codecs.StreamReader.reset(self)
            self.state = _codec(name).new_decoder_state()

    return codecs.CodecInfo(name=name, encode=encode, decode=decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader)
