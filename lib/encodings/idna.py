"""IDNA 2003 (RFC 3490): host names <-> ASCII, labels prepared by nameprep (RFC 3491)."""
import codecs
import stringprep
from unicodedata import ucd_3_2_0 as unicodedata

_DOTS = '.\u3002\uff0e\uff61'      # the label separators RFC 3490 accepts
ace_prefix = b'xn--'
sace_prefix = 'xn--'


def _split_dots(text):
    for dot in _DOTS[1:]:
        text = text.replace(dot, '.')
    return text.split('.')


def nameprep(label):
    """Maps (table B.1 dropped, B.2 case-folded), NFKC-normalises and checks a label."""
    label = ''.join(stringprep.map_table_b2(c) for c in label if not stringprep.in_table_b1(c))
    label = unicodedata.normalize('NFKC', label)
    for c in label:
        if (stringprep.in_table_c12(c) or stringprep.in_table_c22(c) or stringprep.in_table_c3(c)
                or stringprep.in_table_c4(c) or stringprep.in_table_c5(c)
                or stringprep.in_table_c6(c) or stringprep.in_table_c7(c)
                or stringprep.in_table_c8(c) or stringprep.in_table_c9(c)):
            raise UnicodeError("Invalid character %r" % c)
    right_to_left = [stringprep.in_table_d1(c) for c in label]
    if any(right_to_left):
        if any(stringprep.in_table_d2(c) for c in label):
            raise UnicodeError("Violation of BIDI requirement 2")
        if not right_to_left[0] or not right_to_left[-1]:
            raise UnicodeError("Violation of BIDI requirement 3")
    return label


def _checked(label):
    if 0 < len(label) < 64:
        return label
    raise UnicodeError("label empty or too long")


def ToASCII(label):
    if label.isascii():
        return _checked(label.encode('ascii'))
    label = nameprep(label)
    if label.isascii():
        return _checked(label.encode('ascii'))
    if label.startswith(sace_prefix):
        raise UnicodeError("Label starts with ACE prefix")
    return _checked(ace_prefix + label.encode('punycode'))


def ToUnicode(label):
    if isinstance(label, str) and not label.isascii():
        label = nameprep(label)
        if not label.isascii():
            raise UnicodeError("Invalid character in IDN label")
    if isinstance(label, str):
        label = label.encode('ascii')
    if not label.startswith(ace_prefix):
        return str(label, 'ascii')
    result = label[len(ace_prefix):].decode('punycode')
    again = ToASCII(result)
    if str(label, 'ascii').lower() != str(again, 'ascii'):
        raise UnicodeError("IDNA does not round-trip", label, again)
    return result


def _labels_trailing_dot(labels, final, dot):
    """Drops the empty label after a trailing dot (or, before the end, an unfinished label)."""
    trailing = dot[:0]
    if labels:
        if not labels[-1]:
            trailing = dot
            del labels[-1]
        elif not final:
            del labels[-1]
            if labels:
                trailing = dot
    return trailing


def _consumed(labels, trailing):
    """Input length the labels stand for; as CPython counts it, an empty first label hides the
    dot after it."""
    size = 0
    for label in labels:
        if size:
            size += 1
        size += len(label)
    return size + len(trailing)


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        if errors != 'strict':
            raise UnicodeError("unsupported error handling " + errors)
        if not input:
            return b'', 0
        if input.isascii():
            result = input.encode('ascii')
            labels = result.split(b'.')
            for label in labels[:-1]:
                if not 0 < len(label) < 64:
                    raise UnicodeError("label empty or too long")
            if len(labels[-1]) >= 64:
                raise UnicodeError("label too long")
            return result, len(input)
        labels = _split_dots(input)
        trailing = _labels_trailing_dot(labels, True, b'.')
        return b'.'.join(ToASCII(label) for label in labels) + trailing, len(input)

    def decode(self, input, errors='strict'):
        if errors != 'strict':
            raise UnicodeError("Unsupported error handling " + errors)
        if not input:
            return '', 0
        input = bytes(input)
        if ace_prefix not in input and input.isascii():
            return input.decode('ascii'), len(input)
        labels = input.split(b'.')
        trailing = _labels_trailing_dot(labels, True, '.')
        return '.'.join(ToUnicode(label) for label in labels) + trailing, len(input)


class IncrementalEncoder(codecs.BufferedIncrementalEncoder):
    def _buffer_encode(self, input, errors, final):
        if errors != 'strict':
            raise UnicodeError("unsupported error handling " + errors)
        if not input:
            return b'', 0
        labels = _split_dots(input)
        trailing = _labels_trailing_dot(labels, final, b'.')
        result = b'.'.join(ToASCII(label) for label in labels) + trailing
        size = _consumed(labels, trailing)
        return result, size


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        if errors != 'strict':
            raise UnicodeError("Unsupported error handling " + errors)
        if not input:
            return '', 0
        labels = _split_dots(input) if isinstance(input, str) else str(input, 'ascii').split('.')
        trailing = _labels_trailing_dot(labels, final, '.')
        result = '.'.join(ToUnicode(label) for label in labels) + trailing
        size = _consumed(labels, trailing)
        return result, size


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(name='idna', encode=Codec().encode, decode=Codec().decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader)
