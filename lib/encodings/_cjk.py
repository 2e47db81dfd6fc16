"""The stateless CJK multibyte codecs (gbk, big5, shift_jis, euc_kr, ...), driven by tables that
tools/gen_cjk_tables.py derives from CPython 3.11 (lib/encodings/_cjk_data/<codec>.zlib, read the
first time the codec is used).

Why tables and not .NET's CodePagesEncodingProvider: its code pages differ from CPython's codecs in
hundreds to thousands of mappings each (only gb18030 agrees), so a .NET-based codec would need
per-codec corrections of about the same size as these tables.

Errors are CPython's: 'illegal multibyte sequence' covers one byte (decoding) or one character
(encoding); 'incomplete multibyte sequence' covers a truncated sequence at the end of the input.
"""
import _codecs
import codecs

CODECS = frozenset('gbk gb2312 gb18030 big5 big5hkscs cp932 cp949 cp950 shift_jis shift_jis_2004 '
                   'shift_jisx0213 euc_jp euc_kr euc_jis_2004 euc_jisx0213 johab'.split())

_JISX0213 = frozenset('shift_jis_2004 shift_jisx0213 euc_jis_2004 euc_jisx0213'.split())
_ILLEGAL = 'illegal multibyte sequence'
_INCOMPLETE = 'incomplete multibyte sequence'
_tables = {}

# euc_kr writes Hangul syllables missing from KS X 1001 as a make-up sequence:
# A4D4 (filler) + initial + medial + final jamo, each a KS X 1001 compatibility jamo A4xx.
_CHOSEONG = [0x3131, 0x3132, 0x3134, 0x3137, 0x3138, 0x3139, 0x3141, 0x3142, 0x3143, 0x3145,
             0x3146, 0x3147, 0x3148, 0x3149, 0x314A, 0x314B, 0x314C, 0x314D, 0x314E]
_JONGSEONG = [0x3164, 0x3131, 0x3132, 0x3133, 0x3134, 0x3135, 0x3136, 0x3137, 0x3139, 0x313A,
              0x313B, 0x313C, 0x313D, 0x313E, 0x313F, 0x3140, 0x3141, 0x3142, 0x3144, 0x3145,
              0x3146, 0x3147, 0x3148, 0x314A, 0x314B, 0x314C, 0x314D, 0x314E]


class _Table:
    """One codec's maps, parsed from its data file."""

    def __init__(self, name):
        import os
        import zlib
        path = os.path.join(os.path.dirname(__file__), '_cjk_data', name + '.zlib')
        with open(path, 'rb') as f:
            data = zlib.decompress(f.read())
        split = data.index(b'\n--\n')
        blob = data[split + 4:].decode('utf-16-be')
        self.name = name
        self.single = blob[:256]        # (a variant has no blob: see _start_from)
        self.need = {}
        self.rows = {}
        self.extras = {}
        self.ranges = []
        self.overrides = []
        self.illegal_lengths = {}
        offset = 256
        for line in data[:split].decode('ascii').split('\n'):
            kind, *fields = line.split(' ')
            if kind == 'L':
                count = int(fields[2])
                self.rows[bytes.fromhex(fields[0])] = (int(fields[1], 16), blob[offset:offset + count])
                offset += count
            elif kind == 'N':
                self.need[int(fields[0], 16)] = int(fields[1])
            elif kind == 'X':
                self.extras[bytes.fromhex(fields[0])] = _text(fields[1])
            elif kind == 'B':
                self.illegal_lengths[bytes.fromhex(fields[0])] = int(fields[1])
            elif kind == 'R':
                self.ranges.append(tuple(int(x) for x in fields))
            elif kind == 'E':
                self.overrides.append((_text(fields[0]), None if fields[1] == '-' else bytes.fromhex(fields[1])))
            elif kind == 'I':
                self._start_from(table(fields[0]))
            elif kind == 'D':
                self._patch(bytes.fromhex(fields[0]), None if fields[1] == '-' else _text(fields[1]))
        self._encoding = None
        self.lead_rows = {prefix[0]: row for prefix, row in self.rows.items() if len(prefix) == 1}
        self.pair_starts = frozenset(text[0] for text in self.extras.values()
                                     if len(text) > 1 and not 0xD800 <= ord(text[0]) < 0xDC00)

    def _start_from(self, base):
        """A variant codec (shift_jisx0213 of shift_jis_2004, ...) starts with its base's tables."""
        self.single, self.need, self.ranges = base.single, base.need, base.ranges
        self.rows, self.extras = dict(base.rows), dict(base.extras)

    def _patch(self, seq, text):
        """Makes seq decode to text (None: illegal) in a variant codec."""
        prefix = seq[:-1]
        first, row = self.rows[prefix]
        k = seq[-1] - first
        self.extras.pop(seq, None)
        if text is None:
            unit = '\ufffe'
        elif len(text) == 1 and text < '\ufffe' and not '\ud800' <= text <= '\udfff':
            unit = text
        else:
            unit = '\uffff'
            self.extras[seq] = text
        self.rows[prefix] = (first, row[:k] + unit + row[k + 1:])

    # --- decoding ---

    def lookup(self, seq):
        """The text of a complete byte sequence, or None when it is illegal."""
        if len(seq) == 4 and self.ranges:
            return self._four_byte(seq)
        if self.name == 'euc_kr' and len(seq) == 8:
            return _makeup_decode(self, seq)
        row = self.rows.get(seq[:-1])
        if row is None:
            return None
        index = seq[-1] - row[0]
        if not 0 <= index < len(row[1]):
            return None
        unit = row[1][index]
        if unit == '\ufffe':
            return None
        if unit == '\uffff':
            return self.extras[seq]
        return unit

    def _four_byte(self, seq):
        if not (0x30 <= seq[1] <= 0x39 and 0x81 <= seq[2] <= 0xFE and 0x30 <= seq[3] <= 0x39):
            return None
        index = (((seq[0] - 0x81) * 10 + (seq[1] - 0x30)) * 126 + (seq[2] - 0x81)) * 10 + seq[3] - 0x30
        if seq[0] >= 0x90:      # supplementary planes, in order from U+10000
            code = index - 189000 + 0x10000
            return chr(code) if code <= 0x10FFFF else None
        lo, hi = 0, len(self.ranges)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.ranges[mid][0] <= index:
                lo = mid + 1
            else:
                hi = mid
        if lo:
            start, code, count = self.ranges[lo - 1]
            if index < start + count:
                return chr(code + index - start)
        return None

    def _four_byte_bmp(self, code):
        """gb18030: the four-byte sequence of a BMP character (ranges ascend in both index and code)."""
        ranges = self.ranges
        lo, hi = 0, len(ranges)
        while lo < hi:
            mid = (lo + hi) // 2
            if ranges[mid][1] <= code:
                lo = mid + 1
            else:
                hi = mid
        if lo:
            start, first, count = ranges[lo - 1]
            if code < first + count and chr(code) not in self.encoding():
                return _four_bytes(start + code - first)
        return None

    def sequence_length(self, data, i):
        """Bytes the sequence starting at data[i] needs (0: the byte cannot start one)."""
        need = self.need.get(data[i], 0)
        if need == 2 and i + 1 < len(data):
            if self.ranges and 0x30 <= data[i + 1] <= 0x39:
                return 4
            if self.name == 'euc_kr' and data[i] == 0xA4 and data[i + 1] == 0xD4:
                return 8
        return need

    # --- encoding ---

    def encoding(self):
        if self._encoding is None:
            table = {}
            for b, ch in enumerate(self.single):
                if ch != '\ufffe':
                    table.setdefault(ch, bytes((b,)))
            for prefix, (first, row) in self.rows.items():
                for k, ch in enumerate(row):
                    if ch == '\uffff':
                        seq = prefix + bytes((first + k,))
                        table.setdefault(self.extras[seq], seq)
                    elif ch != '\ufffe':
                        table.setdefault(ch, prefix + bytes((first + k,)))
            for text, seq in self.overrides:
                if seq is None:
                    table.pop(text, None)
                else:
                    table[text] = seq
            self._encoding = table
        return self._encoding

    def encode_char(self, ch):
        seq = self.encoding().get(ch)
        if seq is None:
            code = ord(ch)
            if self.ranges:
                if code >= 0x10000:
                    return _four_bytes(189000 + code - 0x10000)
                return self._four_byte_bmp(code)
            if self.name == 'euc_kr' and 0xAC00 <= code <= 0xD7A3:
                return _makeup_encode(code)
        return seq


def _text(units):
    return b''.join(bytes.fromhex(u) for u in units.split(',')).decode('utf-16-be')


def _four_bytes(index):
    index, b4 = divmod(index, 10)
    index, b3 = divmod(index, 126)
    b1, b2 = divmod(index, 10)
    return bytes((b1 + 0x81, b2 + 0x30, b3 + 0x81, b4 + 0x30))


def _makeup_decode(table, seq):
    if seq[2] != 0xA4 or seq[4] != 0xA4 or seq[6] != 0xA4:
        return None
    cho, jung, jong = 0x3131 + seq[3] - 0xA1, 0x3131 + seq[5] - 0xA1, 0x3131 + seq[7] - 0xA1
    if cho not in _CHOSEONG or not 0x314F <= jung <= 0x3163 or jong not in _JONGSEONG:
        return None
    return chr(0xAC00 + (_CHOSEONG.index(cho) * 21 + jung - 0x314F) * 28 + _JONGSEONG.index(jong))


def _makeup_encode(code):
    index = code - 0xAC00
    cho, rest = divmod(index, 21 * 28)
    jung, jong = divmod(rest, 28)
    return bytes((0xA4, 0xD4, 0xA4, _CHOSEONG[cho] - 0x3131 + 0xA1, 0xA4, 0xBF + jung,
                  0xA4, _JONGSEONG[jong] - 0x3131 + 0xA1))


def table(name):
    t = _tables.get(name)
    if t is None:
        t = _tables[name] = _Table(name)
    return t


def _decode_error(name, errors, data, start, end, reason):
    """(replacement, position to go on at) for the undecodable data[start:end]."""
    if errors == 'replace':
        return '\ufffd', end
    if errors == 'ignore':
        return '', end
    exc = UnicodeDecodeError(name, data, start, end, reason)
    if errors in (None, 'strict'):
        raise exc
    return _codecs._handler_result(codecs.lookup_error(errors)(exc), len(data), str)


def decode(name, input, errors='strict', final=True):
    t = table(name)
    data = bytes(input)
    single, out = t.single, []
    leads = t.lead_rows
    i, n = 0, len(data)
    while i < n:
        b = data[i]
        ch = single[b]
        if ch != '\ufffe':
            out.append(ch)
            i += 1
            continue
        row = leads.get(b)
        if row is not None and i + 1 < n:
            # the common case: a two-byte sequence from the lead byte's row
            k = data[i + 1] - row[0]
            if 0 <= k < len(row[1]):
                ch = row[1][k]
                if ch < '\ufffe':
                    out.append(ch)
                    i += 2
                    continue
        need = t.sequence_length(data, i)
        if need and n - i < need:
            if not final:
                break
            error = (i, n, _INCOMPLETE)
        else:
            seq = data[i:i + need]
            text = t.lookup(seq) if need else None
            if text is not None:
                out.append(text)
                i += need
                continue
            error = (i, i + t.illegal_lengths.get(seq, 1), _ILLEGAL)
        replacement, i = _decode_error(name, errors, data, *error)
        out.append(replacement)
    return ''.join(out), i


def encode(name, input, errors='strict', final=True):
    """(bytes, characters consumed); with final false, a character that may combine with the
    next one (big5hkscs, JIS X 0213 pairs) is left for the next call."""
    if not isinstance(input, str):
        raise TypeError("argument 1 must be str, not %s" % type(input).__name__)
    t = table(name)
    encoding = t.encoding()
    pairs = t.pair_starts
    out = bytearray()
    i, n = 0, len(input)
    while i < n:
        ch = input[i]
        if ch in pairs:
            if i + 1 < n:
                seq = encoding.get(input[i:i + 2])
                if seq is not None:
                    out += seq
                    i += 2
                    continue
                if input[i + 1] == '\x00' and name in _JISX0213:
                    # CPython's JIS X 0213 encoders drop a NUL that follows a possible pair start.
                    out += encoding[ch]
                    i += 2
                    continue
            elif not final:
                break
        seq = encoding.get(ch)
        if seq is None:
            seq = t.encode_char(ch)
        if seq is not None:
            out += seq
            i += 1
            continue
        i = _encode_error(t, name, errors, input, i, out)
    return bytes(out), i


def _encode_error(t, name, errors, text, i, out):
    """Handles the unencodable text[i]; returns where to go on."""
    exc = UnicodeEncodeError(name, text, i, i + 1, _ILLEGAL)
    if errors in (None, 'strict'):
        raise exc
    if errors == 'ignore':
        return i + 1
    if errors == 'replace':
        replacement, pos = '?', i + 1
    else:
        replacement, pos = _codecs._handler_result(codecs.lookup_error(errors)(exc), len(text), bytes)
    if isinstance(replacement, bytes):
        out += replacement
    else:
        out += encode(name, replacement, 'strict')[0]
    return pos


def check_pending(count):
    """CPython's incremental CJK decoders keep at most 8 undecoded bytes."""
    if count > 8:
        raise UnicodeError("pending buffer overflow")


def getregentry(name):
    def codec_encode(input, errors='strict'):
        return encode(name, input, errors)

    def codec_decode(input, errors='strict'):
        return decode(name, input, errors)

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def __init__(self, errors='strict'):
            codecs.IncrementalEncoder.__init__(self, errors)
            self.pending = ''

        def encode(self, input, final=False):
            text = self.pending + input
            data, used = encode(name, text, self.errors, final)
            self.pending = text[used:]
            return data

        def reset(self):
            self.pending = ''

        def getstate(self):
            return 0 if not self.pending else int.from_bytes(self.pending.encode('utf-8'), 'little')

        def setstate(self, state):
            self.pending = state.to_bytes((state.bit_length() + 7) // 8, 'little').decode('utf-8') if state else ''

    class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            result = decode(name, input, errors, final)
            check_pending(len(input) - result[1])
            return result

    class StreamWriter(codecs.StreamWriter):
        def encode(self, input, errors='strict'):
            return encode(name, input, errors)

    class StreamReader(codecs.StreamReader):
        def decode(self, input, errors='strict'):
            return decode(name, input, errors, False)

    return codecs.CodecInfo(name=name, encode=codec_encode, decode=codec_decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader)
