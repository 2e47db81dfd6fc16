"""Low-level codec registry (Sharpy): encode/decode through str.encode/bytes.decode.

codecs.py builds on this module; pickle refers to `_codecs.encode` when it writes bytes
with protocols 0-2, exactly like CPython.
"""

_search_functions = []
_cache = {}
_error_handlers = {}


def register(search_function):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass
    _cache.clear()


def _normalize(encoding):
    # CPython 3.11: lowercase, spaces become hyphens (encodings.normalize_encoding does more)
    return encoding.lower().replace(' ', '-')


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = _normalize(encoding)
    info = _cache.get(key)
    if info is not None:
        return info
    if not _search_functions:
        import encodings  # registers the built-in codecs' search function
    for search in _search_functions:
        info = search(key)
        if info is not None:
            if not isinstance(info, tuple) or len(info) != 4:
                raise TypeError("codec search functions must return 4-tuples")
            _cache[key] = info
            return info
    raise LookupError("unknown encoding: %s" % encoding)


def encode(obj, encoding='utf-8', errors='strict'):
    return _run_codec(lookup(encoding)[0], obj, errors, 'encoding', encoding,
                      "encoder must return a tuple (object, integer)")


def decode(obj, encoding='utf-8', errors='strict'):
    # CPython's two messages really differ by a space.
    return _run_codec(lookup(encoding)[1], obj, errors, 'decoding', encoding,
                      "decoder must return a tuple (object,integer)")


def _run_codec(codec, obj, errors, direction, encoding, bad_result_message):
    try:
        result = codec(obj, errors)
    except Exception as exc:
        wrapped = _wrap_codec_error(exc, direction, encoding)
        if wrapped is None:
            raise
        raise wrapped from exc
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError(bad_result_message)
    return result[0]


# Exceptions whose constructors take more than a message (CPython does not re-create these).
_KEEP_AS_IS = (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError, OSError, SyntaxError,
               ImportError, NameError, AttributeError, StopIteration, SystemExit, MemoryError,
               BaseExceptionGroup)


def _wrap_codec_error(exc, operation, encoding):
    """The exception CPython raises in place of `exc` from a codec: the same type with the message
    "encoding with 'X' codec failed (Type: message)" (chained by the caller), or None when exc
    carries more than a message. CPython 3.11: Objects/exceptions.c _PyErr_TrySetFromCause."""
    kind = type(exc)
    if isinstance(exc, _KEEP_AS_IS):
        return None
    for klass in kind.__mro__:
        if klass is BaseException or klass.__module__ == 'builtins':
            continue
        if '__init__' in klass.__dict__ or '__new__' in klass.__dict__ or '__slots__' in klass.__dict__:
            return None
    if len(exc.args) > 1 or (exc.args and type(exc.args[0]) is not str):
        return None
    if getattr(exc, '__dict__', None):
        return None
    return kind("%s with '%s' codec failed (%s: %s)" % (operation, encoding, kind.__name__, exc))


def register_error(name, handler):
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = handler


# The handlers every CPython process has registered; codecs.py defines them, so it is imported on first need.
_STANDARD_ERRORS = ('strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape',
                    'surrogatepass', 'xmlcharrefreplace', 'namereplace')


def lookup_error(name):
    if not isinstance(name, str):
        raise TypeError("lookup_error() argument must be str, not %s" % type(name).__name__)
    if name not in _error_handlers and name in _STANDARD_ERRORS:
        import codecs  # noqa: F401  (registers the standard handlers)
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


# --- primitive codecs: (output, length consumed) --------------------------------------

_NATIVE_ERRORS = {'strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape',
                  'surrogatepass', 'xmlcharrefreplace', 'namereplace'}


def _encode_text(text, encoding, errors):
    """text.encode(encoding, errors), also for error handlers registered with register_error."""
    errors = errors or 'strict'
    if errors in _NATIVE_ERRORS and (errors not in _error_handlers or errors == 'strict'):
        return text.encode(encoding, errors)
    handler = None  # looked up at the first error only, as CPython does
    out = bytearray()
    pos = 0
    while True:
        try:
            out += text[pos:].encode(encoding)
            return bytes(out)
        except UnicodeEncodeError as e:
            start, end = pos + e.start, pos + e.end
            out += text[pos:start].encode(encoding)
            error = UnicodeEncodeError(encoding, text, start, end, e.reason)
            handler = handler or lookup_error(errors)
            replacement, pos = handler(error)
            if pos < 0:
                pos += len(text)
            if isinstance(replacement, str):
                try:
                    replacement = replacement.encode(encoding)
                except UnicodeEncodeError:
                    raise error from None
            out += replacement


def _decode_bytes(data, encoding, errors):
    errors = errors or 'strict'
    data = bytes(data)
    if errors in _NATIVE_ERRORS and (errors not in _error_handlers or errors == 'strict'):
        return data.decode(encoding, errors)
    handler = None  # looked up at the first error only, as CPython does
    out = []
    pos = 0
    while True:
        try:
            out.append(data[pos:].decode(encoding))
            return ''.join(out)
        except UnicodeDecodeError as e:
            start, end = pos + e.start, pos + e.end
            out.append(data[pos:start].decode(encoding))
            handler = handler or lookup_error(errors)
            replacement, pos = handler(UnicodeDecodeError(encoding, data, start, end, e.reason))
            if pos < 0:
                pos += len(data)
            out.append(replacement)


def _check_str(obj, name):
    if not isinstance(obj, str):
        raise TypeError("%s() argument 1 must be str, not %s" % (name, type(obj).__name__))


def _incomplete_utf8_tail(data):
    """Length of an incomplete UTF-8 sequence at the end of data (0 if none)."""
    n = len(data)
    for back in range(1, min(4, n) + 1):
        b = data[n - back]
        if b & 0xC0 == 0x80:
            continue
        if b >= 0xF0:
            need = 4
        elif b >= 0xE0:
            need = 3
        elif b >= 0xC0:
            need = 2
        else:
            return 0
        return back if back < need else 0
    return 0


def utf_8_encode(str, errors=None):
    _check_str(str, 'utf_8_encode')
    return _encode_text(str, 'utf-8', errors), len(str)


def utf_8_decode(data, errors=None, final=False):
    data = bytes(data)
    end = len(data) if final else len(data) - _incomplete_utf8_tail(data)
    return _decode_bytes(data[:end], 'utf-8', errors), end


def latin_1_encode(str, errors=None):
    _check_str(str, 'latin_1_encode')
    return _encode_text(str, 'latin-1', errors), len(str)


def latin_1_decode(data, errors=None):
    data = bytes(data)
    return data.decode('latin-1'), len(data)


def ascii_encode(str, errors=None):
    _check_str(str, 'ascii_encode')
    return _encode_text(str, 'ascii', errors), len(str)


def ascii_decode(data, errors=None):
    data = bytes(data)
    return _decode_bytes(data, 'ascii', errors), len(data)


def utf_16_le_encode(str, errors=None):
    return _encode_text(str, 'utf-16-le', errors), len(str)


def utf_16_be_encode(str, errors=None):
    return _encode_text(str, 'utf-16-be', errors), len(str)


def utf_16_encode(str, errors=None, byteorder=0):
    if byteorder < 0:
        return utf_16_le_encode(str, errors)
    if byteorder > 0:
        return utf_16_be_encode(str, errors)
    return _encode_text(str, 'utf-16', errors), len(str)


def _decode_units(data, encoding, errors, final, unit, big):
    data = bytes(data)
    end = len(data) if final else len(data) - len(data) % unit
    if unit == 2 and not final and end >= 2:
        hi = data[end - 2] if big else data[end - 1]
        if 0xD8 <= hi <= 0xDB:
            end -= 2
    return _decode_bytes(data[:end], encoding, errors), end


def utf_16_le_decode(data, errors=None, final=False):
    return _decode_units(data, 'utf-16-le', errors, final, 2, False)


def utf_16_be_decode(data, errors=None, final=False):
    return _decode_units(data, 'utf-16-be', errors, final, 2, True)


def _decode_with_bom(data, errors, final, bom_be, decode_be, decode_le):
    """Decodes by the byte-order mark (which is consumed); little-endian without one."""
    data = bytes(data)
    for bom, decode in ((bom_be, decode_be), (bom_be[::-1], decode_le)):
        if data[:len(bom)] == bom:
            text, used = decode(data[len(bom):], errors, final)
            return text, used + len(bom)
    return decode_le(data, errors, final)


def utf_16_decode(data, errors=None, final=False):
    return _decode_with_bom(data, errors, final, b'\xfe\xff', utf_16_be_decode, utf_16_le_decode)


def utf_32_le_encode(str, errors=None):
    return _encode_text(str, 'utf-32-le', errors), len(str)


def utf_32_be_encode(str, errors=None):
    return _encode_text(str, 'utf-32-be', errors), len(str)


def utf_32_encode(str, errors=None, byteorder=0):
    if byteorder < 0:
        return utf_32_le_encode(str, errors)
    if byteorder > 0:
        return utf_32_be_encode(str, errors)
    return _encode_text(str, 'utf-32', errors), len(str)


def utf_32_le_decode(data, errors=None, final=False):
    return _decode_units(data, 'utf-32-le', errors, final, 4, False)


def utf_32_be_decode(data, errors=None, final=False):
    return _decode_units(data, 'utf-32-be', errors, final, 4, True)


def utf_32_decode(data, errors=None, final=False):
    return _decode_with_bom(data, errors, final, b'\x00\x00\xfe\xff', utf_32_be_decode, utf_32_le_decode)


_SIMPLE_ESCAPES = {'\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r'}


def unicode_escape_encode(str, errors=None):
    out = []
    for ch in str:
        code = ord(ch)
        if ch in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[ch])
        elif code < 0x20 or 0x7f <= code < 0x100:
            out.append('\\x%02x' % code)
        elif code < 0x7f:
            out.append(ch)
        elif code < 0x10000:
            out.append('\\u%04x' % code)
        else:
            out.append('\\U%08x' % code)
    return ''.join(out).encode('latin-1'), len(str)


def raw_unicode_escape_encode(str, errors=None):
    out = []
    for ch in str:
        code = ord(ch)
        if code < 0x100:
            out.append(ch)
        elif code < 0x10000:
            out.append('\\u%04x' % code)
        else:
            out.append('\\U%08x' % code)
    return ''.join(out).encode('latin-1'), len(str)


_ESCAPE_CHARS = {'\n': '', '\\': '\\', "'": "'", '"': '"', 'a': '\x07', 'b': '\x08',
                 'f': '\x0c', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\x0b'}


def _unescape(text, codec, raw, data, errors, final=True):
    """Decode backslash escapes in text (latin-1 decoded data); returns (str, consumed)."""
    out = []
    i = 0
    n = len(text)
    handler = None
    while i < n:
        ch = text[i]
        if ch != '\\':
            out.append(ch)
            i += 1
            continue
        if i + 1 >= n:
            if not final:
                break
            if raw:
                out.append(ch)
                i += 1
                continue
            reason, start, end = '\\ at end of string', i, n
        else:
            c = text[i + 1]
            if raw and c not in 'uU':
                out.append(ch)
                i += 1
                continue
            if not raw and c in _ESCAPE_CHARS:
                out.append(_ESCAPE_CHARS[c])
                i += 2
                continue
            if not raw and c in '01234567':
                j = i + 1
                while j < n and j < i + 4 and text[j] in '01234567':
                    j += 1
                out.append(chr(int(text[i + 1:j], 8)))
                i = j
                continue
            width = {'x': 2, 'u': 4, 'U': 8}.get(c)
            if width is None:
                if c == 'N' and not raw:
                    close = text.find('}', i + 2)
                    if text[i + 2:i + 3] == '{' and close != -1:
                        import unicodedata
                        try:
                            out.append(unicodedata.lookup(text[i + 3:close]))
                            i = close + 1
                            continue
                        except KeyError:
                            pass
                    reason, start, end = 'malformed \\N character escape', i, min(n, close + 1 if close != -1 else n)
                else:
                    # unknown escapes are kept (CPython warns with DeprecationWarning)
                    out.append('\\' + c)
                    i += 2
                    continue
            else:
                digits = text[i + 2:i + 2 + width]
                if len(digits) < width and not final:
                    break
                if len(digits) == width and all(d in '0123456789abcdefABCDEF' for d in digits):
                    code = int(digits, 16)
                    if code > 0x10FFFF:
                        reason, start, end = ('\\Uxxxxxxxx out of range' if codec != 'rawunicodeescape'
                                              else '\\Uxxxxxxxx out of range'), i, i + 2 + width
                    else:
                        out.append(chr(code))
                        i += 2 + width
                        continue
                else:
                    good = 0
                    while good < len(digits) and digits[good] in '0123456789abcdefABCDEF':
                        good += 1
                    reason = 'truncated \\%sXX escape' % (c + 'X' * (width - 2)) if c == 'x' \
                        else 'truncated \\%s%s escape' % (c, 'X' * width)
                    start, end = i, i + 2 + good
        # an error at [start, end)
        errors = errors or 'strict'
        if errors == 'strict':
            raise UnicodeDecodeError(codec, data, start, end, reason)
        if handler is None:
            handler = _error_handlers.get(errors) or lookup_error(errors)
        replacement, i = handler(UnicodeDecodeError(codec, data, start, end, reason))
        out.append(replacement)
    return ''.join(out), i


def unicode_escape_decode(data, errors=None, final=True):
    if isinstance(data, str):
        data = data.encode('latin-1')
    data = bytes(data)
    return _unescape(data.decode('latin-1'), 'unicodeescape', False, data, errors, final)


def raw_unicode_escape_decode(data, errors=None, final=True):
    if isinstance(data, str):
        data = data.encode('latin-1')
    data = bytes(data)
    return _unescape(data.decode('latin-1'), 'rawunicodeescape', True, data, errors, final)


def escape_encode(data, errors=None):
    out = []
    for b in bytes(data):
        ch = chr(b)
        if ch in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[ch])
        elif ch == "'":
            out.append("\\'")
        elif b < 0x20 or b >= 0x7f:
            out.append('\\x%02x' % b)
        else:
            out.append(ch)
    return ''.join(out).encode('latin-1'), len(data)


def escape_decode(data, errors=None):
    if isinstance(data, str):
        data = data.encode('latin-1')
    data = bytes(data)
    text = data.decode('latin-1')
    out = bytearray()
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch != '\\':
            out.append(ord(ch))
            i += 1
            continue
        if i + 1 >= n:
            raise ValueError("Trailing \\ in string")
        c = text[i + 1]
        if c in _ESCAPE_CHARS:
            out += _ESCAPE_CHARS[c].encode('latin-1')
            i += 2
        elif c in '01234567':
            j = i + 1
            while j < n and j < i + 4 and text[j] in '01234567':
                j += 1
            out.append(int(text[i + 1:j], 8) & 0xFF)
            i = j
        elif c == 'x':
            digits = text[i + 2:i + 4]
            if len(digits) == 2 and all(d in '0123456789abcdefABCDEF' for d in digits):
                out.append(int(digits, 16))
                i += 4
            else:
                raise ValueError("invalid \\x escape at position %d" % i)
        else:
            out += ('\\' + c).encode('latin-1')
            i += 2
    return bytes(out), len(data)


def _charmap_lookup(mapping, byte):
    """The text a decoding mapping gives for one byte, or None when undefined."""
    if isinstance(mapping, str):
        ch = mapping[byte] if byte < len(mapping) else None
    else:
        try:
            ch = mapping[byte]
        except LookupError:
            return None
    if ch is None:
        return None
    if isinstance(ch, int):
        if not 0 <= ch < 0x110000:
            raise TypeError("character mapping must be in range(0x110000)")
        ch = chr(ch)
    elif not isinstance(ch, str):
        raise TypeError("character mapping must return integer, None or str")
    return None if ch == '\ufffe' else ch


def charmap_decode(data, errors=None, mapping=None):
    data = bytes(data)
    if mapping is None:
        return latin_1_decode(data, errors)
    text = None
    if isinstance(mapping, str) and len(mapping) == 256:
        # The tables of the charmap codecs: one translate; only undefined bytes take the slow path.
        text = data.decode('latin-1').translate(_decoding_translation(mapping))
        if '\ufffe' not in text:
            return text, len(data)
    out = []
    handler = None
    i = 0
    while i < len(data):
        if text is not None:
            j = text.find('\ufffe', i)
            if j < 0:
                out.append(text[i:])
                break
            out.append(text[i:j])
            i = j
        ch = _charmap_lookup(mapping, data[i])
        if ch is None:
            errors = errors or 'strict'
            exc = UnicodeDecodeError('charmap', data, i, i + 1, 'character maps to <undefined>')
            if errors == 'strict':
                raise exc
            handler = handler or lookup_error(errors)
            replacement, i = _handler_result(handler(exc), len(data), str)
            out.append(replacement)
            continue
        out.append(ch)
        i += 1
    return ''.join(out), len(data)


_translations = {}


def _decoding_translation(table):
    trans = _translations.get(table)
    if trans is None:
        # every byte has an entry: a miss would cost str.translate a LookupError
        trans = _translations[table] = {i: ch for i, ch in enumerate(table)}
    return trans


def _handler_result(result, length, kind):
    """(replacement, position) from an error handler's return value, checked as CPython does."""
    what = 'decoding' if kind is str else 'encoding'
    if (not isinstance(result, tuple) or len(result) != 2 or not isinstance(result[1], int)
            or not isinstance(result[0], str if kind is str else (str, bytes))):
        raise TypeError("%s error handler must return (%s, int) tuple"
                        % (what, 'str' if kind is str else 'str/bytes'))
    replacement, pos = result
    if pos < 0:
        pos += length
    if not 0 <= pos <= length:
        raise IndexError("position %d from error handler out of bounds" % result[1])
    return replacement, pos


def _charmap_encode_char(mapping, ch):
    """The bytes for one character, or None when the mapping has none."""
    try:
        code = mapping[ord(ch)]
    except LookupError:
        return None
    if code is None:
        return None
    if isinstance(code, int):
        if not 0 <= code < 256:
            raise TypeError("character mapping must be in range(256)")
        return bytes((code,))
    if isinstance(code, bytes):
        return code
    raise TypeError("character mapping must return integer, bytes or None, not %s"
                    % type(code).__name__)


def charmap_encode(str, errors=None, mapping=None):
    if mapping is None:
        return latin_1_encode(str, errors)
    fast = mapping._translation() if isinstance(mapping, EncodingMap) else None
    out = bytearray()
    handler = None
    i = 0
    n = len(str)
    while i < n:
        if fast is not None:
            # Translated characters become their byte (as a latin-1 character); one without a
            # byte stops latin-1 and takes the general path below.
            chunk = str[i:i + 8192].translate(fast)     # bounded: errors restart the scan
            try:
                out += chunk.encode('latin-1')
                i += len(chunk)
                continue
            except UnicodeEncodeError as e:
                out += chunk[:e.start].encode('latin-1')
                i += e.start
        code = _charmap_encode_char(mapping, str[i])
        if code is not None:
            out += code
            i += 1
            continue
        errors = errors or 'strict'
        j = i + 1
        while j < n and _charmap_encode_char(mapping, str[j]) is None:
            j += 1
        exc = UnicodeEncodeError('charmap', str, i, j, 'character maps to <undefined>')
        if errors == 'strict':
            raise exc
        if errors == 'ignore':
            i = j
            continue
        if errors == 'replace':
            replacement, pos = '?' * (j - i), j
        elif errors == 'xmlcharrefreplace':
            replacement, pos = ''.join('&#%d;' % ord(c) for c in str[i:j]), j
        else:
            handler = handler or lookup_error(errors)
            replacement, pos = _handler_result(handler(exc), n, bytes)
        if isinstance(replacement, bytes):
            out += replacement
        else:
            for rc in replacement:
                mapped = _charmap_encode_char(mapping, rc)
                if mapped is None:
                    raise exc
                out += mapped
        i = pos
    return bytes(out), len(str)


class EncodingMap(dict):
    """What charmap_build returns: character ordinal -> byte (CPython's is an opaque object)."""

    def size(self):
        return len(self)

    def _translation(self):
        trans = self.__dict__.get('trans')
        if trans is None:
            # Characters without a byte become a lone surrogate, which latin-1 refuses.
            trans = {code: '\udfff' for code in range(256)}
            for code, byte in self.items():
                trans[code] = chr(byte)
            trans[0xDFFF] = '\udfff'
            self.trans = trans
        return trans


def charmap_build(decoding_table):
    if not isinstance(decoding_table, str):
        raise TypeError("charmap_build() argument must be str, not %s" % type(decoding_table).__name__)
    result = EncodingMap()
    for i, ch in enumerate(decoding_table):
        if ch != '\ufffe':
            result[ord(ch)] = i     # a character listed twice encodes to its last byte
    return result


def utf_7_encode(str, errors=None):
    from encodings.utf_7 import utf_7_encode as encode     # loaded on first use
    return encode(str, errors)


def utf_7_decode(data, errors=None, final=False):
    from encodings.utf_7 import utf_7_decode as decode
    return decode(data, errors, final)


# CPython runs this module as C code (Modules/_codecsmodule.c): its frames add no traceback entries
# (Interpreter/NativeStandIns.cs).
import _sharpy_traceback  # noqa: E402
_sharpy_traceback.native_stand_in(globals())
del _sharpy_traceback
