"""Implementation of JSONEncoder (Sharpy's own)."""

INFINITY = float('inf')

_ESCAPES = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t'}


def py_encode_basestring(s):
    """Return a JSON representation of a Python string (non-ASCII kept as is)."""
    out = []
    for ch in s:
        esc = _ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
        elif ch < ' ':
            out.append(f'\\u{ord(ch):04x}')
        else:
            out.append(ch)
    return '"' + ''.join(out) + '"'


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string."""
    out = []
    for ch in s:
        esc = _ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
        elif ' ' <= ch <= '~':
            out.append(ch)
        else:
            n = ord(ch)
            if n < 0x10000:
                out.append(f'\\u{n:04x}')
            else:
                n -= 0x10000
                out.append(f'\\u{0xd800 | (n >> 10):04x}\\u{0xdc00 | (n & 0x3ff):04x}')
    return '"' + ''.join(out) + '"'


try:
    from _sharpy_json import encode_basestring as c_encode_basestring
    from _sharpy_json import encode_basestring_ascii as c_encode_basestring_ascii
    from _sharpy_json import encode as c_encode
except ImportError:
    c_encode_basestring = c_encode_basestring_ascii = c_encode = None

encode_basestring = c_encode_basestring or py_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii or py_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Override to return a serializable object for o (or raise TypeError)."""
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            return self._encode_str(o)
        return ''.join(self.iterencode(o, _one_shot=True))

    def _encode_str(self, s):
        return encode_basestring_ascii(s) if self.ensure_ascii else encode_basestring(s)

    def _float(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation as available."""
        markers = {} if self.check_circular else None
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        if _one_shot and c_encode is not None:
            # json.dumps: the whole text natively (the module's string encoders are looked up now, as CPython's
            # iterencode does, so replacing them still takes effect).
            _encoder = encode_basestring_ascii if self.ensure_ascii else encode_basestring
            return (c_encode(o, self, _encoder, indent, self.check_circular),)
        chunks = self._iterencode(o, markers, indent, 0)
        # One-shot encoding runs to the end here, as CPython's C encoder does inside iterencode(): an error then
        # passes through this frame, and the encoder's own frames are hidden (see the end of the module).
        return list(chunks) if _one_shot else chunks

    def _scalar(self, o):
        if isinstance(o, str):
            return self._encode_str(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self._float(o)
        return None

    def _iterencode(self, o, markers, indent, level):
        text = self._scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self._iterencode_list(o, markers, indent, level)
        elif isinstance(o, dict):
            yield from self._iterencode_dict(o, markers, indent, level)
        else:
            marker = self._enter(o, markers)
            o = self.default(o)
            yield from self._iterencode(o, markers, indent, level)
            self._leave(marker, markers)

    def _enter(self, o, markers):
        if markers is None:
            return None
        marker = id(o)
        if marker in markers:
            raise ValueError("Circular reference detected")
        markers[marker] = o
        return marker

    @staticmethod
    def _leave(marker, markers):
        if markers is not None:
            del markers[marker]

    # The chunks are CPython's pure-Python encoder's (what iterencode shows): a scalar item travels with
    # the separator or bracket before it, nested containers start a new chunk.
    def _iterencode_list(self, lst, markers, indent, level):
        if not lst:
            yield '[]'
            return
        marker = self._enter(lst, markers)
        buf = '['
        if indent is not None:
            level += 1
            newline = '\n' + indent * level
            separator = self.item_separator + newline
            buf += newline
        else:
            separator = self.item_separator
        first = True
        for value in lst:
            if not first:
                buf = separator
            first = False
            text = self._scalar(value)
            if text is not None:
                yield buf + text
            else:
                yield buf
                yield from self._iterencode(value, markers, indent, level)
        if indent is not None:
            level -= 1
            yield '\n' + indent * level
        yield ']'
        self._leave(marker, markers)

    def _iterencode_dict(self, dct, markers, indent, level):
        if not dct:
            yield '{}'
            return
        marker = self._enter(dct, markers)
        if indent is not None:
            level += 1
            newline = '\n' + indent * level
            separator = self.item_separator + newline
            yield '{'
            yield newline
        else:
            separator = self.item_separator
            yield '{'
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self._float(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if not first:
                yield separator
            first = False
            yield self._encode_str(key)
            yield self.key_separator
            yield from self._iterencode(value, markers, indent, level)
        if indent is not None:
            level -= 1
            yield '\n' + indent * level
        yield '}'
        self._leave(marker, markers)


# The C encoder of CPython (c_make_encoder) in one-shot mode: no traceback entries for these frames; default()
# and user hooks called from them keep theirs.
from _sharpy_traceback import native_stand_in as _native_stand_in  # noqa: E402
_native_stand_in(JSONEncoder._scalar, JSONEncoder._float, JSONEncoder._encode_str, JSONEncoder._iterencode,
                 JSONEncoder._enter, JSONEncoder._leave, JSONEncoder._iterencode_list, JSONEncoder._iterencode_dict)
del _native_stand_in
