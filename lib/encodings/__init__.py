"""Sharpy's built-in codecs and the search function registered with the codec registry."""
import codecs
import _codecs
from .aliases import aliases

_cache = {}


def normalize_encoding(encoding):
    """Lowercase-insensitive spelling: runs of punctuation (except '.') become '_'."""
    if isinstance(encoding, bytes):
        encoding = str(encoding, "ascii")
    chars = []
    punct = False
    for c in encoding:
        if c.isalnum() or c == '.':
            if punct and chars:
                chars.append('_')
            chars.append(c)
            punct = False
        else:
            punct = True
    return ''.join(chars)


def _codec(name, encode, decode, final_decode=None, text=True):
    """CodecInfo from stateless encode(input, errors) / decode(input, errors[, final])."""
    full_decode = final_decode or decode

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    if final_decode is not None:
        class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
            def _buffer_decode(self, input, errors, final):
                return decode(input, errors, final)
    else:
        class IncrementalDecoder(codecs.IncrementalDecoder):
            def decode(self, input, final=False):
                return decode(input, self.errors)[0]

    class StreamWriter(codecs.StreamWriter):
        def encode(self, input, errors='strict'):
            return encode(input, errors)

    class StreamReader(codecs.StreamReader):
        def decode(self, input, errors='strict'):
            return full_decode(input, errors)

    return codecs.CodecInfo(name=name, encode=encode, decode=full_decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader,
                            _is_text_encoding=text)


def _final(decode):
    def full(input, errors='strict'):
        return decode(input, errors, True)
    return full


def _utf_8_sig():
    def encode(input, errors='strict'):
        return codecs.BOM_UTF8 + _codecs.utf_8_encode(input, errors)[0], len(input)

    def decode(input, errors='strict', final=False):
        prefix = 0
        data = bytes(input)
        if data[:3] == codecs.BOM_UTF8:
            prefix = 3
        elif not final and codecs.BOM_UTF8.startswith(data):
            return '', 0
        text, used = _codecs.utf_8_decode(data[prefix:], errors, final)
        return text, used + prefix

    info = _codec('utf-8-sig', encode, decode, _final(decode))

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def __init__(self, errors='strict'):
            codecs.IncrementalEncoder.__init__(self, errors)
            self.first = 1

        def encode(self, input, final=False):
            if self.first:
                self.first = 0
                return codecs.BOM_UTF8 + _codecs.utf_8_encode(input, self.errors)[0]
            return _codecs.utf_8_encode(input, self.errors)[0]

        def reset(self):
            self.first = 1

    class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            codecs.BufferedIncrementalDecoder.__init__(self, errors)
            self.first = 1

        def _buffer_decode(self, input, errors, final):
            if self.first:
                if len(input) < 3 and codecs.BOM_UTF8.startswith(input) and not final:
                    return '', 0
                self.first = 0
                if input[:3] == codecs.BOM_UTF8:
                    text, used = _codecs.utf_8_decode(input[3:], errors, final)
                    return text, used + 3
            return _codecs.utf_8_decode(input, errors, final)

        def reset(self):
            codecs.BufferedIncrementalDecoder.reset(self)
            self.first = 1

    info.incrementalencoder = IncrementalEncoder
    info.incrementaldecoder = IncrementalDecoder
    return info


def _bom_codec(name, encode, decode_le, decode_be, bom_le, bom_be):
    """utf-16 / utf-32: the BOM is written once and read once (then the order is fixed)."""
    def decode(input, errors='strict', final=False):
        data = bytes(input)
        if data[:len(bom_le)] == bom_le:
            text, used = decode_le(data[len(bom_le):], errors, final)
            return text, used + len(bom_le)
        if data[:len(bom_be)] == bom_be:
            text, used = decode_be(data[len(bom_be):], errors, final)
            return text, used + len(bom_be)
        if not final and len(data) < len(bom_le):
            return '', 0
        return decode_le(data, errors, final)

    info = _codec(name, encode, decode, _final(decode))

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def __init__(self, errors='strict'):
            codecs.IncrementalEncoder.__init__(self, errors)
            self.encoder = None

        def encode(self, input, final=False):
            if self.encoder is None:
                result = encode(input, self.errors)[0]
                self.encoder = lambda s, e: (s.encode(name + '-le', e), len(s))
                return result
            return self.encoder(input, self.errors)[0]

        def reset(self):
            self.encoder = None

    class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            codecs.BufferedIncrementalDecoder.__init__(self, errors)
            self.decoder = None

        def _buffer_decode(self, input, errors, final):
            if self.decoder is not None:
                return self.decoder(input, errors, final)
            data = bytes(input)
            if len(data) < len(bom_le) and not final:
                return '', 0
            if data[:len(bom_be)] == bom_be:
                self.decoder = decode_be
                text, used = decode_be(data[len(bom_be):], errors, final)
                return text, used + len(bom_be)
            self.decoder = decode_le
            if data[:len(bom_le)] == bom_le:
                text, used = decode_le(data[len(bom_le):], errors, final)
                return text, used + len(bom_le)
            return decode_le(data, errors, final)

        def reset(self):
            codecs.BufferedIncrementalDecoder.reset(self)
            self.decoder = None

    info.incrementalencoder = IncrementalEncoder
    info.incrementaldecoder = IncrementalDecoder
    return info


def _charmap_codec(name, table):
    encoding_map = _codecs.charmap_build(table)

    def encode(input, errors='strict'):
        return _codecs.charmap_encode(input, errors, encoding_map)

    def decode(input, errors='strict'):
        return _codecs.charmap_decode(input, errors, table)

    return _codec(name, encode, decode)


def _transform(name, encode_fn, decode_fn, input_type):
    # CPython's bytes-to-bytes codecs only assert that errors is 'strict'.
    def encode(input, errors='strict'):
        assert errors == 'strict' or name == 'rot-13'
        return encode_fn(input), len(input)

    def decode(input, errors='strict'):
        assert errors == 'strict' or name == 'rot-13'
        return decode_fn(input), len(input)

    return _codec(name, encode, decode, text=False)


def _rot13(text):
    return text.translate(_ROT13_MAP)


_ROT13_MAP = {}
for _a, _b in (('a', 'z'), ('A', 'Z')):
    for _i in range(26):
        _ROT13_MAP[ord(_a) + _i] = ord(_a) + (_i + 13) % 26
del _a, _b, _i


def _transform_input(data):
    """Bytes for the bytes-to-bytes codecs; a str goes through so the codec reports it as CPython's does."""
    return data if isinstance(data, str) else bytes(data)


def _hex_encode(data):
    import binascii
    return binascii.b2a_hex(_transform_input(data))


def _hex_decode(data):
    import binascii
    # a2b_hex takes an ASCII str as it is (codecs.decode('616263', 'hex') works in CPython).
    return binascii.a2b_hex(data if isinstance(data, str) else bytes(data))


def _b64_encode(data):
    import base64
    return base64.encodebytes(_transform_input(data))


def _b64_decode(data):
    import base64
    return base64.decodebytes(_transform_input(data))


_BUILDERS = {
    'utf_8': lambda: _codec('utf-8', _codecs.utf_8_encode, _codecs.utf_8_decode,
                            _final(_codecs.utf_8_decode)),
    'utf_8_sig': _utf_8_sig,
    'ascii': lambda: _codec('ascii', _codecs.ascii_encode, _codecs.ascii_decode),
    'latin_1': lambda: _codec('iso8859-1', _codecs.latin_1_encode, _codecs.latin_1_decode),
    'utf_16': lambda: _bom_codec('utf-16', _codecs.utf_16_encode, _codecs.utf_16_le_decode,
                                 _codecs.utf_16_be_decode, codecs.BOM_UTF16_LE,
                                 codecs.BOM_UTF16_BE),
    'utf_16_le': lambda: _codec('utf-16-le', _codecs.utf_16_le_encode,
                                _codecs.utf_16_le_decode, _final(_codecs.utf_16_le_decode)),
    'utf_16_be': lambda: _codec('utf-16-be', _codecs.utf_16_be_encode,
                                _codecs.utf_16_be_decode, _final(_codecs.utf_16_be_decode)),
    'utf_32': lambda: _bom_codec('utf-32', _codecs.utf_32_encode, _codecs.utf_32_le_decode,
                                 _codecs.utf_32_be_decode, codecs.BOM_UTF32_LE,
                                 codecs.BOM_UTF32_BE),
    'utf_32_le': lambda: _codec('utf-32-le', _codecs.utf_32_le_encode,
                                _codecs.utf_32_le_decode, _final(_codecs.utf_32_le_decode)),
    'utf_32_be': lambda: _codec('utf-32-be', _codecs.utf_32_be_encode,
                                _codecs.utf_32_be_decode, _final(_codecs.utf_32_be_decode)),
    'unicode_escape': lambda: _codec('unicode-escape', _codecs.unicode_escape_encode,
                                     _codecs.unicode_escape_decode),
    'raw_unicode_escape': lambda: _codec('raw-unicode-escape',
                                         _codecs.raw_unicode_escape_encode,
                                         _codecs.raw_unicode_escape_decode),
    'rot_13': lambda: _transform('rot-13', _rot13, _rot13, str),
    'hex_codec': lambda: _transform('hex', _hex_encode, _hex_decode, bytes),
    'base64_codec': lambda: _transform('base64', _b64_encode, _b64_decode, bytes),
}


def search_function(encoding):
    entry = _cache.get(encoding, _cache)
    if entry is not _cache:
        return entry
    norm = normalize_encoding(encoding)
    modname = aliases.get(norm) or aliases.get(norm.replace('.', '_')) or norm.replace('.', '_')
    info = _build(modname)
    _cache[encoding] = info
    return info


# Codecs with a module of their own in this package (as in CPython: `import encodings.idna` works).
_MODULES = frozenset('utf_7 punycode idna bz2_codec zlib_codec quopri_codec uu_codec charmap '
                     'undefined'.split())


def _build(modname):
    builder = _BUILDERS.get(modname)
    if builder is not None:
        return builder()
    if modname in _MODULES:
        module = __import__('encodings.' + modname, fromlist=['getregentry'])
        return module.getregentry()
    from . import _cjk
    if modname in _cjk.CODECS:
        return _cjk.getregentry(modname)
    from . import _iso2022
    if modname in _iso2022.CODECS:
        return _iso2022.getregentry(modname)
    from . import _charmaps
    table = _charmaps.decoding_table(modname)
    if table is not None:
        return _charmap_codec(_charmaps.codec_name(modname), table)
    return None


codecs.register(search_function)
