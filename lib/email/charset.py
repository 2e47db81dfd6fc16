"""Charset: how text in a given character set is encoded in headers and bodies."""

from email import _encoded_words

__all__ = ['Charset', 'add_alias', 'add_charset', 'add_codec']

QP = 1              # quoted-printable
BASE64 = 2
SHORTEST = 3        # whichever of QP and BASE64 is shorter (headers only)

DEFAULT_CHARSET = 'us-ascii'
UNKNOWN8BIT = 'unknown-8bit'
EMPTYSTRING = ''

# charset -> (header encoding, body encoding, output charset)
CHARSETS = {
    'iso-8859-1': (QP, QP, None), 'iso-8859-2': (QP, QP, None), 'iso-8859-15': (QP, QP, None),
    'windows-1252': (QP, QP, None), 'us-ascii': (None, None, None), 'big5': (BASE64, BASE64, None),
    'gb2312': (BASE64, BASE64, None), 'euc-jp': (BASE64, None, 'iso-2022-jp'),
    'shift_jis': (BASE64, None, 'iso-2022-jp'), 'iso-2022-jp': (BASE64, None, None),
    'koi8-r': (BASE64, BASE64, None), 'utf-8': (SHORTEST, BASE64, 'utf-8'),
}

ALIASES = {
    'latin_1': 'iso-8859-1', 'latin-1': 'iso-8859-1', 'latin_2': 'iso-8859-2',
    'latin-2': 'iso-8859-2', 'latin_9': 'iso-8859-15', 'latin-9': 'iso-8859-15',
    'cp949': 'ks_c_5601-1987', 'euc_jp': 'euc-jp', 'euc_kr': 'euc-kr', 'ascii': 'us-ascii',
}

CODEC_MAP = {'gb2312': 'eucgb2312_cn', 'big5': 'big5_tw', 'us-ascii': None}


def add_charset(charset, header_enc=None, body_enc=None, output_charset=None):
    if body_enc == SHORTEST:
        raise ValueError('SHORTEST not allowed for body_enc')
    CHARSETS[charset] = (header_enc, body_enc, output_charset)


def add_alias(alias, canonical):
    ALIASES[alias] = canonical


def add_codec(charset, codecname):
    CODEC_MAP[charset] = codecname


class Charset:
    """The encodings used for one character set (see CHARSETS)."""

    def __init__(self, input_charset=DEFAULT_CHARSET):
        try:
            if isinstance(input_charset, str):
                input_charset.encode('ascii')
            else:
                input_charset = str(input_charset, 'ascii')
        except UnicodeError:
            from email import errors
            raise errors.CharsetError(input_charset)
        input_charset = input_charset.lower()
        self.input_charset = ALIASES.get(input_charset, input_charset)
        henc, benc, conv = CHARSETS.get(self.input_charset, (SHORTEST, BASE64, None))
        self.header_encoding = henc
        self.body_encoding = benc
        self.output_charset = ALIASES.get(conv, conv) if conv else self.input_charset
        self.input_codec = CODEC_MAP.get(self.input_charset, self.input_charset)
        self.output_codec = CODEC_MAP.get(self.output_charset, self.output_charset)

    def __repr__(self):
        return self.input_charset.lower()

    __str__ = __repr__

    def __eq__(self, other):
        return str(self) == str(other).lower()

    def get_body_encoding(self):
        if self.body_encoding == QP:
            return 'quoted-printable'
        if self.body_encoding == BASE64:
            return 'base64'
        from email import encoders
        return encoders.encode_7or8bit

    def get_output_charset(self):
        return self.output_charset or self.input_charset

    def header_encode(self, string):
        if self.header_encoding is None:
            return string
        encoding = {QP: 'q', BASE64: 'b'}.get(self.header_encoding)
        return self._encode_header_bytes(string, encoding)

    def _encode_header_bytes(self, string, encoding):
        data = string.encode(self.output_codec or 'us-ascii', 'surrogateescape')
        if encoding is None:
            q, b = _encoded_words.encode_q(data), _encoded_words.encode_b(data)
            encoding = 'q' if len(q) <= len(b) else 'b'
        body = _encoded_words.encode_q(data) if encoding == 'q' else _encoded_words.encode_b(data)
        return '=?%s?%s?%s?=' % (self.get_output_charset(), encoding, body)

    def body_encode(self, string):
        if not string:
            return string
        if self.body_encoding == BASE64:
            from email import base64mime
            if isinstance(string, str):
                string = string.encode(self.output_charset)
            return base64mime.body_encode(string)
        if self.body_encoding == QP:
            from email import quoprimime
            if isinstance(string, str):
                string = string.encode(self.output_charset)
            return quoprimime.body_encode(string.decode('latin1'))
        if isinstance(string, str):
            string = string.encode(self.output_charset).decode('ascii')
        return string
