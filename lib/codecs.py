"""Sharpy's codecs: the codec registry and base classes, over str.encode / bytes.decode.

Built-in codecs: utf-8, utf-8-sig, utf-16(-le/-be), utf-32(-le/-be), ascii, latin-1, cp1252,
iso8859-15, unicode_escape, raw_unicode_escape, and the bytes/str transforms rot13, hex, base64,
zlib. Names are normalised and aliased like CPython's encodings package, so lookup('UTF8').name
is 'utf-8' and lookup('latin1').name is 'iso8859-1'.
"""
import builtins
import sys

from _codecs import (register, unregister, lookup, encode, decode,
                     register_error, lookup_error, _error_handlers)

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE",
           "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
           "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter", "StreamReaderWriter", "StreamRecoder",
           "getencoder", "getdecoder", "getincrementalencoder", "getincrementaldecoder",
           "getreader", "getwriter", "encode", "decode", "iterencode", "iterdecode",
           "strict_errors", "ignore_errors", "replace_errors", "xmlcharrefreplace_errors",
           "backslashreplace_errors", "namereplace_errors", "register_error", "lookup_error"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """Codec details found by lookup(); also the 4-tuple (encode, decode, reader, writer)."""
    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))  # frozen-line: 97
        self.name = name  # frozen-line: 98
        self.encode = encode  # frozen-line: 99
        self.decode = decode  # frozen-line: 100
        self.incrementalencoder = incrementalencoder  # frozen-line: 101
        self.incrementaldecoder = incrementaldecoder  # frozen-line: 102
        self.streamwriter = streamwriter  # frozen-line: 103
        self.streamreader = streamreader  # frozen-line: 104
        if _is_text_encoding is not None:  # frozen-line: 105
            self._is_text_encoding = _is_text_encoding  # frozen-line: 106
        return self  # frozen-line: 107

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (  # frozen-line: 110
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    """Base class of stateless encoders/decoders: encode/decode return (output, consumed)."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError  # frozen-line: 155

    def decode(self, input, errors='strict'):
        raise NotImplementedError  # frozen-line: 178


class IncrementalEncoder(object):
    def __init__(self, errors='strict'):
        self.errors = errors  # frozen-line: 194
        self.buffer = ""  # frozen-line: 195

    def encode(self, input, final=False):
        raise NotImplementedError  # frozen-line: 201

    def reset(self):
        pass

    def getstate(self):
        return 0  # frozen-line: 212

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    """Keeps unencoded input between calls; subclasses define _buffer_encode."""

    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)  # frozen-line: 227
        self.buffer = ""  # frozen-line: 229

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError  # frozen-line: 234

    def encode(self, input, final=False):
        data = self.buffer + input  # frozen-line: 238
        (result, consumed) = self._buffer_encode(data, self.errors, final)  # frozen-line: 239
        self.buffer = data[consumed:]  # frozen-line: 241
        return result  # frozen-line: 242

    def reset(self):
        IncrementalEncoder.reset(self)  # frozen-line: 245
        self.buffer = ""  # frozen-line: 246

    def getstate(self):
        return self.buffer or 0  # frozen-line: 249

    def setstate(self, state):
        self.buffer = state or ""  # frozen-line: 252


class IncrementalDecoder(object):
    def __init__(self, errors='strict'):
        self.errors = errors  # frozen-line: 268

    def decode(self, input, final=False):
        raise NotImplementedError  # frozen-line: 274

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)  # frozen-line: 293

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """Keeps undecoded input (an incomplete sequence) between calls."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)  # frozen-line: 310
        self.buffer = b""  # frozen-line: 312

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError  # frozen-line: 317

    def decode(self, input, final=False):
        data = self.buffer + input  # frozen-line: 321
        (result, consumed) = self._buffer_decode(data, self.errors, final)  # frozen-line: 322
        self.buffer = data[consumed:]  # frozen-line: 324
        return result  # frozen-line: 325

    def reset(self):
        IncrementalDecoder.reset(self)  # frozen-line: 328
        self.buffer = b""  # frozen-line: 329

    def getstate(self):
        return (self.buffer, 0)  # frozen-line: 333

    def setstate(self, state):
        self.buffer = state[0]  # frozen-line: 337


class StreamWriter(Codec):
    def __init__(self, stream, errors='strict'):
        self.stream = stream  # frozen-line: 370
        self.errors = errors  # frozen-line: 371

    def write(self, object):
        data, consumed = self.encode(object, self.errors)  # frozen-line: 377
        self.stream.write(data)  # frozen-line: 378

    def writelines(self, list):
        self.write(''.join(list))  # frozen-line: 385

    def reset(self):
        pass  # frozen-line: 397

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)  # frozen-line: 400
        if whence == 0 and offset == 0:  # frozen-line: 401
            self.reset()  # frozen-line: 402

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)  # frozen-line: 409

    def __enter__(self):
        return self  # frozen-line: 412

    def __exit__(self, type, value, tb):
        self.stream.close()  # frozen-line: 415


class StreamReader(Codec):
    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream  # frozen-line: 444
        self.errors = errors  # frozen-line: 445
        self.bytebuffer = b""  # frozen-line: 446
        self._empty_charbuffer = self.charbuffertype()  # frozen-line: 447
        self.charbuffer = self._empty_charbuffer  # frozen-line: 448
        self.linebuffer = None  # frozen-line: 449

    def decode(self, input, errors='strict'):
        raise NotImplementedError  # frozen-line: 452

    def read(self, size=-1, chars=-1, firstline=False):
        if self.linebuffer:  # frozen-line: 482
            self.charbuffer = self._empty_charbuffer.join(self.linebuffer)  # frozen-line: 483
            self.linebuffer = None  # frozen-line: 484
        if chars < 0:  # frozen-line: 486
            chars = size  # frozen-line: 489
        while True:  # frozen-line: 492
            if chars >= 0 and len(self.charbuffer) >= chars:
                break  # frozen-line: 496
            newdata = self.stream.read() if size < 0 else self.stream.read(size)
            data = self.bytebuffer + newdata  # frozen-line: 503
            if not data:  # frozen-line: 504
                break  # frozen-line: 505
            try:
                newchars, decodedbytes = self.decode(data, self.errors)  # frozen-line: 507
            except UnicodeDecodeError as exc:
                if firstline:  # frozen-line: 509
                    newchars, decodedbytes = self.decode(data[:exc.start], self.errors)  # frozen-line: 510
                    lines = newchars.splitlines(keepends=True)  # frozen-line: 512
                    if len(lines) <= 1:  # frozen-line: 513
                        raise  # frozen-line: 514
                else:
                    raise  # frozen-line: 516
            self.bytebuffer = data[decodedbytes:]  # frozen-line: 518
            self.charbuffer += newchars  # frozen-line: 520
            if not newdata:  # frozen-line: 522
                break  # frozen-line: 523
        if chars < 0:  # frozen-line: 524
            result = self.charbuffer  # frozen-line: 526
            self.charbuffer = self._empty_charbuffer  # frozen-line: 527
        else:
            result = self.charbuffer[:chars]  # frozen-line: 530
            self.charbuffer = self.charbuffer[chars:]  # frozen-line: 531
        return result  # frozen-line: 532

    def readline(self, size=None, keepends=True):
        if self.linebuffer:  # frozen-line: 545
            line = self.linebuffer[0]  # frozen-line: 546
            del self.linebuffer[0]  # frozen-line: 547
            if len(self.linebuffer) == 1:  # frozen-line: 548
                self.charbuffer = self.linebuffer[0]  # frozen-line: 551
                self.linebuffer = None  # frozen-line: 552
            if not keepends:  # frozen-line: 553
                line = line.splitlines(keepends=False)[0]  # frozen-line: 554
            return line  # frozen-line: 555
        readsize = size or 72  # frozen-line: 557
        line = self._empty_charbuffer  # frozen-line: 558
        while True:  # frozen-line: 560
            data = self.read(readsize, firstline=True)  # frozen-line: 561
            if data:  # frozen-line: 562
                if (isinstance(data, str) and data.endswith("\r")) or \
                        (isinstance(data, bytes) and data.endswith(b"\r")):
                    data += self.read(size=1, chars=1)  # frozen-line: 568
            line += data  # frozen-line: 570
            lines = line.splitlines(keepends=True)  # frozen-line: 571
            if lines:  # frozen-line: 572
                if len(lines) > 1:  # frozen-line: 573
                    line = lines[0]  # frozen-line: 576
                    del lines[0]  # frozen-line: 577
                    if len(lines) > 1:  # frozen-line: 578
                        lines[-1] += self.charbuffer  # frozen-line: 580
                        self.linebuffer = lines  # frozen-line: 581
                        self.charbuffer = None  # frozen-line: 582
                    else:
                        self.charbuffer = lines[0] + self.charbuffer  # frozen-line: 585
                    if not keepends:  # frozen-line: 586
                        line = line.splitlines(keepends=False)[0]  # frozen-line: 587
                    break  # frozen-line: 588
                line0withend = lines[0]  # frozen-line: 589
                line0withoutend = lines[0].splitlines(keepends=False)[0]  # frozen-line: 590
                if line0withend != line0withoutend:  # frozen-line: 591
                    self.charbuffer = self._empty_charbuffer.join(lines[1:]) + self.charbuffer  # frozen-line: 593
                    line = line0withend if keepends else line0withoutend
                    break  # frozen-line: 599
            if not data or size is not None:  # frozen-line: 601
                if line and not keepends:  # frozen-line: 602
                    line = line.splitlines(keepends=False)[0]  # frozen-line: 603
                break  # frozen-line: 604
            if readsize < 8000:  # frozen-line: 605
                readsize *= 2  # frozen-line: 606
        return line  # frozen-line: 607

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""  # frozen-line: 633
        self.charbuffer = self._empty_charbuffer  # frozen-line: 634
        self.linebuffer = None  # frozen-line: 635

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)  # frozen-line: 642
        self.reset()  # frozen-line: 643

    def __next__(self):
        line = self.readline()  # frozen-line: 648
        if line:  # frozen-line: 649
            return line  # frozen-line: 650
        raise StopIteration  # frozen-line: 651

    def __iter__(self):
        return self  # frozen-line: 654

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)  # frozen-line: 661

    def __enter__(self):
        return self  # frozen-line: 664

    def __exit__(self, type, value, tb):
        self.stream.close()  # frozen-line: 667


class StreamReaderWriter:
    """Wraps a byte stream with a reader and a writer of one codec (what codecs.open returns)."""
    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream  # frozen-line: 700
        self.reader = Reader(stream, errors)  # frozen-line: 701
        self.writer = Writer(stream, errors)  # frozen-line: 702
        self.errors = errors  # frozen-line: 703

    def read(self, size=-1):
        return self.reader.read(size)  # frozen-line: 707

    def readline(self, size=None):
        return self.reader.readline(size)  # frozen-line: 711

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)  # frozen-line: 715

    def __next__(self):
        return next(self.reader)  # frozen-line: 720

    def __iter__(self):
        return self  # frozen-line: 723

    def write(self, data):
        return self.writer.write(data)  # frozen-line: 727

    def writelines(self, list):
        return self.writer.writelines(list)  # frozen-line: 731

    def reset(self):
        self.reader.reset()  # frozen-line: 735
        self.writer.reset()  # frozen-line: 736

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)  # frozen-line: 739
        self.reader.reset()  # frozen-line: 740
        if whence == 0 and offset == 0:  # frozen-line: 741
            self.writer.reset()  # frozen-line: 742

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)  # frozen-line: 749

    def __enter__(self):
        return self  # frozen-line: 754

    def __exit__(self, type, value, tb):
        self.stream.close()  # frozen-line: 757


class StreamRecoder:
    """Reads/writes data in one encoding while the stream holds another."""
    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        self.stream = stream  # frozen-line: 805
        self.encode = encode  # frozen-line: 806
        self.decode = decode  # frozen-line: 807
        self.reader = Reader(stream, errors)  # frozen-line: 808
        self.writer = Writer(stream, errors)  # frozen-line: 809
        self.errors = errors  # frozen-line: 810

    def read(self, size=-1):
        data = self.reader.read(size)  # frozen-line: 814
        data, bytesencoded = self.encode(data, self.errors)  # frozen-line: 815
        return data  # frozen-line: 816

    def readline(self, size=None):
        data = self.reader.readline() if size is None else self.reader.readline(size)
        data, bytesencoded = self.encode(data, self.errors)  # frozen-line: 824
        return data  # frozen-line: 825

    def readlines(self, sizehint=None):
        data = self.reader.read()  # frozen-line: 829
        data, bytesencoded = self.encode(data, self.errors)  # frozen-line: 830
        return data.splitlines(keepends=True)  # frozen-line: 831

    def write(self, data):
        data, bytesdecoded = self.decode(data, self.errors)  # frozen-line: 845
        return self.writer.write(data)  # frozen-line: 846

    def writelines(self, list):
        return self.write(b''.join(list))

    def reset(self):
        self.reader.reset()  # frozen-line: 856
        self.writer.reset()  # frozen-line: 857

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)  # frozen-line: 870

    def __enter__(self):
        return self  # frozen-line: 873

    def __exit__(self, type, value, tb):
        self.stream.close()  # frozen-line: 876


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open a file through a StreamReaderWriter of the encoding (a plain file without one)."""
    if encoding is not None and 'b' not in mode:  # frozen-line: 914
        mode = mode + 'b'  # frozen-line: 917
    file = builtins.open(filename, mode, buffering)  # frozen-line: 918
    if encoding is None:  # frozen-line: 919
        return file  # frozen-line: 920
    try:
        info = lookup(encoding)  # frozen-line: 923
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)  # frozen-line: 924
        srw.encoding = encoding  # frozen-line: 926
        return srw  # frozen-line: 927
    except:
        file.close()  # frozen-line: 929
        raise  # frozen-line: 930


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    if file_encoding is None:  # frozen-line: 957
        file_encoding = data_encoding  # frozen-line: 958
    data_info = lookup(data_encoding)  # frozen-line: 959
    file_info = lookup(file_encoding)  # frozen-line: 960
    sr = StreamRecoder(file, data_info.encode, data_info.decode,  # frozen-line: 961
                       file_info.streamreader, file_info.streamwriter, errors)
    sr.data_encoding = data_encoding  # frozen-line: 964
    sr.file_encoding = file_encoding  # frozen-line: 965
    return sr  # frozen-line: 966


def getencoder(encoding):
    return lookup(encoding).encode  # frozen-line: 978


def getdecoder(encoding):
    return lookup(encoding).decode  # frozen-line: 988


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder  # frozen-line: 999
    if encoder is None:  # frozen-line: 1000
        raise LookupError(encoding)  # frozen-line: 1001
    return encoder  # frozen-line: 1002


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder  # frozen-line: 1013
    if decoder is None:  # frozen-line: 1014
        raise LookupError(encoding)  # frozen-line: 1015
    return decoder  # frozen-line: 1016


def getreader(encoding):
    return lookup(encoding).streamreader  # frozen-line: 1026


def getwriter(encoding):
    return lookup(encoding).streamwriter  # frozen-line: 1036


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)  # frozen-line: 1047
    for input in iterator:  # frozen-line: 1048
        output = encoder.encode(input)  # frozen-line: 1049
        if output:  # frozen-line: 1050
            yield output  # frozen-line: 1051
    output = encoder.encode("", True)  # frozen-line: 1052
    if output:  # frozen-line: 1053
        yield output  # frozen-line: 1054


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)  # frozen-line: 1065
    for input in iterator:  # frozen-line: 1066
        output = decoder.decode(input)  # frozen-line: 1067
        if output:  # frozen-line: 1068
            yield output  # frozen-line: 1069
    output = decoder.decode(b"", True)  # frozen-line: 1070
    if output:  # frozen-line: 1071
        yield output  # frozen-line: 1072


def make_identity_dict(rng):
    return {i: i for i in rng}  # frozen-line: 1084


def make_encoding_map(decoding_map):
    m = {}  # frozen-line: 1099
    for k, v in decoding_map.items():  # frozen-line: 1100
        if v not in m:
            m[v] = k  # frozen-line: 1102
        else:
            m[v] = None  # frozen-line: 1104
    return m  # frozen-line: 1105


# --- error handlers ---------------------------------------------------------------------

def strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def _check_error(exc):
    if not isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def ignore_errors(exc):
    _check_error(exc)
    return ('', exc.end)


def replace_errors(exc):
    _check_error(exc)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    return ('\ufffd' * (exc.end - exc.start), exc.end)


def xmlcharrefreplace_errors(exc):
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    return (''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)


def _backslash(code):
    if code < 0x100:
        return '\\x%02x' % code
    if code < 0x10000:
        return '\\u%04x' % code
    return '\\U%08x' % code


def backslashreplace_errors(exc):
    _check_error(exc)
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end)
    return (''.join(_backslash(ord(c)) for c in exc.object[exc.start:exc.end]), exc.end)


def namereplace_errors(exc):
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    import unicodedata
    out = []
    for c in exc.object[exc.start:exc.end]:
        name = unicodedata.name(c, None)
        out.append('\\N{%s}' % name if name is not None else _backslash(ord(c)))
    return (''.join(out), exc.end)


def surrogateescape_errors(exc):
    """Undecodable bytes 0x80-0xFF <-> lone surrogates U+DC80-U+DCFF (PEP 383)."""
    if isinstance(exc, UnicodeDecodeError):
        out = []
        for byte in exc.object[exc.start:exc.end][:4]:
            if byte < 128:
                break
            out.append(chr(0xDC00 + byte))
        if not out:
            raise exc
        return (''.join(out), exc.start + len(out))
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for ch in exc.object[exc.start:exc.end]:
            if not 0xDC80 <= ord(ch) <= 0xDCFF:
                raise exc
            out.append(ord(ch) - 0xDC00)
        return (bytes(out), exc.end)
    _check_error(exc)
    raise exc


def _surrogate_unit(encoding):
    """(bytes per surrogate, byte order) for the UTF codecs surrogatepass knows, else None."""
    name = encoding.lower().replace('_', '-')
    if name in ('utf-8', 'utf8'):
        return 3, None
    for prefix, size in (('utf-16', 2), ('utf-32', 4)):
        if name.startswith(prefix):
            return size, 'big' if name.endswith('be') else 'little'
    return None


def _surrogatepass_errors(exc):
    """Lone surrogates <-> their own code units in UTF-8/16/32; any other error stands."""
    if isinstance(exc, UnicodeEncodeError):
        unit = _surrogate_unit(exc.encoding)
        if unit is None:
            raise exc
        out = bytearray()
        for ch in exc.object[exc.start:exc.end]:
            code = ord(ch)
            if not 0xD800 <= code <= 0xDFFF:
                raise exc
            if unit[0] == 3:
                out += bytes((0xE0 | (code >> 12), 0x80 | ((code >> 6) & 0x3F), 0x80 | (code & 0x3F)))
            else:
                out += code.to_bytes(unit[0], unit[1])
        return (bytes(out), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        unit = _surrogate_unit(exc.encoding)
        if unit is None:
            raise exc
        data = exc.object[exc.start:exc.start + unit[0]]
        if len(data) == unit[0]:
            if unit[0] == 3:
                code = ((data[0] & 0x0F) << 12) | ((data[1] & 0x3F) << 6) | (data[2] & 0x3F) \
                    if data[0] & 0xF0 == 0xE0 and data[1] & 0xC0 == 0x80 and data[2] & 0xC0 == 0x80 else 0
            else:
                code = int.from_bytes(data, unit[1])
            if 0xD800 <= code <= 0xDFFF:
                return (chr(code), exc.start + unit[0])
        raise exc
    _check_error(exc)
    raise exc


for _name, _handler in (('strict', strict_errors), ('surrogateescape', surrogateescape_errors), ('ignore', ignore_errors),
                        ('replace', replace_errors),
                        ('xmlcharrefreplace', xmlcharrefreplace_errors),
                        ('backslashreplace', backslashreplace_errors),
                        ('namereplace', namereplace_errors),
                        ('surrogatepass', _surrogatepass_errors)):
    _error_handlers.setdefault(_name, _handler)
del _name, _handler

from _codecs import (escape_encode, escape_decode, utf_8_encode, utf_8_decode,  # noqa: E402
                     latin_1_encode, latin_1_decode, ascii_encode, ascii_decode,
                     unicode_escape_encode, unicode_escape_decode, raw_unicode_escape_encode,
                     raw_unicode_escape_decode, utf_16_encode, utf_16_decode, utf_16_le_encode,
                     utf_16_le_decode, utf_16_be_encode, utf_16_be_decode, utf_32_encode,
                     utf_32_decode, utf_32_le_encode, utf_32_le_decode, utf_32_be_encode,
                     utf_32_be_decode, charmap_encode, charmap_decode, charmap_build,
                     utf_7_encode, utf_7_decode)
