"""Reading and writing Apple property lists (.plist files), in XML and binary format.

    load(fp, *, fmt=None, dict_type=dict) / loads(data, ...)
    dump(value, fp, *, fmt=FMT_XML, sort_keys=True, skipkeys=False) / dumps(value, ...)

Values: dict (str keys), list/tuple, str, bytes/bytearray, int, float, bool, datetime.datetime
and UID (binary format only); the binary format also stores None.
"""

__all__ = [
    "InvalidFileException", "FMT_XML", "FMT_BINARY", "load", "dump", "loads", "dumps", "UID"
]

import binascii
import codecs
import datetime
import enum
from io import BytesIO
import itertools
import os
import re
import struct
from xml.parsers.expat import ParserCreate

PlistFormat = enum.Enum('PlistFormat', 'FMT_XML FMT_BINARY', module=__name__)
globals().update(PlistFormat.__members__)


class UID:
    """A keyed-archiver object reference (binary plists): an integer in [0, 2**64)."""

    def __init__(self, data):
        if not isinstance(data, int):
            raise TypeError("data must be an int")
        if data >= 1 << 64:
            raise ValueError("UIDs cannot be >= 2**64")
        if data < 0:
            raise ValueError("UIDs must be positive")
        self.data = data

    def __index__(self):
        return self.data

    def __repr__(self):
        return "%s(%s)" % (self.__class__.__name__, repr(self.data))

    def __reduce__(self):
        return self.__class__, (self.data,)

    def __eq__(self, other):
        if not isinstance(other, UID):
            return NotImplemented
        return self.data == other.data

    def __hash__(self):
        return hash(self.data)


class InvalidFileException(ValueError):
    def __init__(self, message="Invalid file"):
        ValueError.__init__(self, message)


# ---------------------------------------------------------------------------- XML format

PLISTHEADER = b"""\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
"""

# Control characters XML 1.0 cannot carry (tab, LF and CR are allowed).
_controlCharPat = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _encode_base64(s, maxlinelength=76):
    # Lines of at most maxlinelength characters, each ending in a newline.
    maxbinsize = (maxlinelength // 4) * 3
    return b''.join(binascii.b2a_base64(s[i:i + maxbinsize]) for i in range(0, len(s), maxbinsize))


def _decode_base64(s):
    return binascii.a2b_base64(s.encode("utf-8") if isinstance(s, str) else s)


# ISO 8601 in UTC, every field after the year optional: 2004-10-26T10:33:33Z
_dateParser = re.compile(
    r"(?P<year>\d\d\d\d)(?:-(?P<month>\d\d)(?:-(?P<day>\d\d)"
    r"(?:T(?P<hour>\d\d)(?::(?P<minute>\d\d)(?::(?P<second>\d\d))?)?)?)?)?Z", re.ASCII)


def _date_from_string(s):
    fields = _dateParser.match(s).groupdict()
    values = []
    for key in ('year', 'month', 'day', 'hour', 'minute', 'second'):
        if fields[key] is None:
            break
        values.append(int(fields[key]))
    return datetime.datetime(*values)


def _date_to_string(d):
    return '%04d-%02d-%02dT%02d:%02d:%02dZ' % (d.year, d.month, d.day, d.hour, d.minute, d.second)


def _escape(text):
    if _controlCharPat.search(text) is not None:
        raise ValueError("strings can't contain control characters; use bytes instead")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _PlistParser:
    """Builds the value of an XML plist from expat's events: containers on a stack, a dict
    waiting for the value of `current_key`, text collected per element."""

    def __init__(self, dict_type):
        self.stack = []
        self.current_key = None
        self.root = None
        self._dict_type = dict_type

    def parse(self, fileobj):
        self.parser = ParserCreate()
        self.parser.StartElementHandler = self.handle_begin_element
        self.parser.EndElementHandler = self.handle_end_element
        self.parser.CharacterDataHandler = self.handle_data
        self.parser.EntityDeclHandler = self.handle_entity_decl
        self.parser.ParseFile(fileobj)
        return self.root

    def handle_entity_decl(self, entity_name, is_parameter_entity, value, base, system_id,
                           public_id, notation_name):
        # Entities could expand without bound ("billion laughs"): refused.
        raise InvalidFileException("XML entity declarations are not supported in plist files")

    def handle_begin_element(self, element, attrs):
        self.data = []
        handler = getattr(self, "begin_" + element, None)
        if handler is not None:
            handler(attrs)

    def handle_end_element(self, element):
        handler = getattr(self, "end_" + element, None)
        if handler is not None:
            handler()

    def handle_data(self, data):
        self.data.append(data)

    def _unexpected(self, what):
        return ValueError("unexpected %s at line %d" % (what, self.parser.CurrentLineNumber))

    def add_object(self, value):
        if self.current_key is not None:
            if not isinstance(self.stack[-1], type({})):
                raise self._unexpected("element")
            self.stack[-1][self.current_key] = value
            self.current_key = None
        elif not self.stack:
            self.root = value
        else:
            if not isinstance(self.stack[-1], type([])):
                raise self._unexpected("element")
            self.stack[-1].append(value)

    def get_data(self):
        data = ''.join(self.data)
        self.data = []
        return data

    def begin_dict(self, attrs):
        d = self._dict_type()
        self.add_object(d)
        self.stack.append(d)

    def end_dict(self):
        if self.current_key:
            raise ValueError("missing value for key '%s' at line %d" %
                             (self.current_key, self.parser.CurrentLineNumber))
        self.stack.pop()

    def end_key(self):
        if self.current_key or not isinstance(self.stack[-1], type({})):
            raise self._unexpected("key")
        self.current_key = self.get_data()

    def begin_array(self, attrs):
        a = []
        self.add_object(a)
        self.stack.append(a)

    def end_array(self):
        self.stack.pop()

    def end_true(self):
        self.add_object(True)

    def end_false(self):
        self.add_object(False)

    def end_integer(self):
        raw = self.get_data()
        if raw.startswith('0x') or raw.startswith('0X'):
            self.add_object(int(raw, 16))
        else:
            self.add_object(int(raw))

    def end_real(self):
        self.add_object(float(self.get_data()))

    def end_string(self):
        self.add_object(self.get_data())

    def end_data(self):
        self.add_object(_decode_base64(self.get_data()))

    def end_date(self):
        self.add_object(_date_from_string(self.get_data()))


class _DumbXMLWriter:
    def __init__(self, file, indent_level=0, indent="\t"):
        self.file = file
        self.stack = []
        self._indent_level = indent_level
        self.indent = indent

    def begin_element(self, element):
        self.stack.append(element)
        self.writeln("<%s>" % element)
        self._indent_level += 1

    def end_element(self, element):
        assert self._indent_level > 0
        assert self.stack.pop() == element
        self._indent_level -= 1
        self.writeln("</%s>" % element)

    def simple_element(self, element, value=None):
        if value is not None:
            self.writeln("<%s>%s</%s>" % (element, _escape(value), element))
        else:
            self.writeln("<%s/>" % element)

    def writeln(self, line):
        if line:
            if isinstance(line, str):
                line = line.encode('utf-8')
            self.file.write(self._indent_level * self.indent)
            self.file.write(line)
        self.file.write(b'\n')


class _PlistWriter(_DumbXMLWriter):
    def __init__(self, file, indent_level=0, indent=b"\t", writeHeader=1, sort_keys=True, skipkeys=False):
        if writeHeader:
            file.write(PLISTHEADER)
        _DumbXMLWriter.__init__(self, file, indent_level, indent)
        self._sort_keys = sort_keys
        self._skipkeys = skipkeys

    def write(self, value):
        self.writeln("<plist version=\"1.0\">")
        self.write_value(value)
        self.writeln("</plist>")

    def write_value(self, value):
        if isinstance(value, str):
            self.simple_element("string", value)
        elif value is True:
            self.simple_element("true")
        elif value is False:
            self.simple_element("false")
        elif isinstance(value, int):
            if -1 << 63 <= value < 1 << 64:
                self.simple_element("integer", "%d" % value)
            else:
                raise OverflowError(value)
        elif isinstance(value, float):
            self.simple_element("real", repr(value))
        elif isinstance(value, dict):
            self.write_dict(value)
        elif isinstance(value, (bytes, bytearray)):
            self.write_bytes(value)
        elif isinstance(value, datetime.datetime):
            self.simple_element("date", _date_to_string(value))
        elif isinstance(value, (tuple, list)):
            self.write_array(value)
        else:
            raise TypeError("unsupported type: %s" % type(value))

    def write_bytes(self, data):
        self.begin_element("data")
        self._indent_level -= 1
        # Base64 lines fill what is left of 76 columns (tabs count 8), at least 16.
        maxlinelength = max(16, 76 - len(self.indent.replace(b"\t", b" " * 8) * self._indent_level))
        for line in _encode_base64(data, maxlinelength).split(b"\n"):
            if line:
                self.writeln(line)
        self._indent_level += 1
        self.end_element("data")

    def write_dict(self, d):
        if not d:
            self.simple_element("dict")
            return
        self.begin_element("dict")
        items = sorted(d.items()) if self._sort_keys else d.items()
        for key, value in items:
            if not isinstance(key, str):
                if self._skipkeys:
                    continue
                raise TypeError("keys must be strings")
            self.simple_element("key", key)
            self.write_value(value)
        self.end_element("dict")

    def write_array(self, array):
        if not array:
            self.simple_element("array")
            return
        self.begin_element("array")
        for value in array:
            self.write_value(value)
        self.end_element("array")


def _is_fmt_xml(header):
    prefixes = (b'<?xml', b'<plist')
    if header.startswith(prefixes):
        return True
    # The same prefixes after a byte order mark, in that encoding.
    for bom, encoding in ((codecs.BOM_UTF8, 'utf-8'), (codecs.BOM_UTF16_BE, 'utf-16-be'),
                          (codecs.BOM_UTF16_LE, 'utf-16-le')):
        if not header.startswith(bom):
            continue
        for start in prefixes:
            prefix = bom + start.decode('ascii').encode(encoding)
            if header[:len(prefix)] == prefix:
                return True
    return False


# ---------------------------------------------------------------------------- binary format
# "bplist00", the objects, a table of their offsets, and a 32-byte trailer (sizes of offsets
# and references, object count, top object, offset table position). Containers refer to their
# items by index in the offset table.

_BINARY_FORMAT = {1: 'B', 2: 'H', 4: 'L', 8: 'Q'}

_undefined = object()


class _BinaryPlistParser:
    """Reads a binary plist; any inconsistency raises InvalidFileException."""

    def __init__(self, dict_type):
        self._dict_type = dict_type

    def parse(self, fp):
        try:
            self._fp = fp
            self._fp.seek(-32, os.SEEK_END)
            trailer = self._fp.read(32)
            if len(trailer) != 32:
                raise InvalidFileException()
            (offset_size, self._ref_size, num_objects, top_object,
             offset_table_offset) = struct.unpack('>6xBBQQQ', trailer)
            self._fp.seek(offset_table_offset)
            self._object_offsets = self._read_ints(num_objects, offset_size)
            self._objects = [_undefined] * num_objects
            return self._read_object(top_object)
        except (OSError, IndexError, struct.error, OverflowError, ValueError):
            raise InvalidFileException()

    def _get_size(self, tokenL):
        """The count of the next object: in the low nibble, or an int object when it is 0xF."""
        if tokenL == 0xF:
            size = 1 << (self._fp.read(1)[0] & 0x3)
            return struct.unpack('>' + _BINARY_FORMAT[size], self._fp.read(size))[0]
        return tokenL

    def _read_ints(self, n, size):
        data = self._fp.read(size * n)
        if size in _BINARY_FORMAT:
            return struct.unpack(f'>{n}{_BINARY_FORMAT[size]}', data)
        if not size or len(data) != size * n:
            raise InvalidFileException()
        return tuple(int.from_bytes(data[i:i + size], 'big') for i in range(0, size * n, size))

    def _read_refs(self, n):
        return self._read_ints(n, self._ref_size)

    def _read_exactly(self, n):
        data = self._fp.read(n)
        if len(data) != n:
            raise InvalidFileException()
        return data

    def _read_object(self, ref):
        """The object at index ref, read once (containers may be shared or cyclic)."""
        result = self._objects[ref]
        if result is not _undefined:
            return result
        self._fp.seek(self._object_offsets[ref])
        token = self._fp.read(1)[0]
        high, low = token & 0xF0, token & 0x0F
        if token == 0x00:
            result = None
        elif token == 0x08:
            result = False
        elif token == 0x09:
            result = True
        elif token == 0x0f:
            result = b''
        elif high == 0x10:  # int of 2**low bytes; 8 and 16 byte ones are signed
            result = int.from_bytes(self._fp.read(1 << low), 'big', signed=low >= 3)
        elif token == 0x22:
            result = struct.unpack('>f', self._fp.read(4))[0]
        elif token == 0x23:
            result = struct.unpack('>d', self._fp.read(8))[0]
        elif token == 0x33:  # date: seconds since 2001-01-01
            seconds = struct.unpack('>d', self._fp.read(8))[0]
            result = datetime.datetime(2001, 1, 1) + datetime.timedelta(seconds=seconds)
        elif high == 0x40:
            result = self._read_exactly(self._get_size(low))
        elif high == 0x50:
            result = self._read_exactly(self._get_size(low)).decode('ascii')
        elif high == 0x60:
            result = self._read_exactly(self._get_size(low) * 2).decode('utf-16be')
        elif high == 0x80:
            result = UID(int.from_bytes(self._fp.read(1 + low), 'big'))
        elif high == 0xA0:
            refs = self._read_refs(self._get_size(low))
            result = []
            self._objects[ref] = result
            result.extend(self._read_object(x) for x in refs)
        elif high == 0xD0:
            size = self._get_size(low)
            key_refs = self._read_refs(size)
            value_refs = self._read_refs(size)
            result = self._dict_type()
            self._objects[ref] = result
            try:
                for k, v in zip(key_refs, value_refs):
                    result[self._read_object(k)] = self._read_object(v)
            except TypeError:
                raise InvalidFileException()
        else:
            raise InvalidFileException()
        self._objects[ref] = result
        return result


def _count_to_size(count):
    if count < 1 << 8:
        return 1
    if count < 1 << 16:
        return 2
    if count < 1 << 32:
        return 4
    return 8


# Equal scalars are written once; containers once per object.
_scalars = (str, int, float, datetime.datetime, bytes)


class _BinaryPlistWriter:
    def __init__(self, fp, sort_keys, skipkeys):
        self._fp = fp
        self._sort_keys = sort_keys
        self._skipkeys = skipkeys

    def write(self, value):
        self._objlist = []
        self._objtable = {}     # (type, value) -> index, for scalars
        self._objidtable = {}   # id -> index, for containers and other objects
        self._flatten(value)
        num_objects = len(self._objlist)
        self._object_offsets = [0] * num_objects
        self._ref_size = _count_to_size(num_objects)
        self._ref_format = _BINARY_FORMAT[self._ref_size]
        self._fp.write(b'bplist00')
        for obj in self._objlist:
            self._write_object(obj)
        top_object = self._getrefnum(value)
        offset_table_offset = self._fp.tell()
        offset_size = _count_to_size(offset_table_offset)
        self._fp.write(struct.pack('>' + _BINARY_FORMAT[offset_size] * num_objects, *self._object_offsets))
        sort_version = 0
        self._fp.write(struct.pack('>5xBBBQQQ', sort_version, offset_size, self._ref_size,
                                   num_objects, top_object, offset_table_offset))

    def _dict_items(self, value):
        items = sorted(value.items()) if self._sort_keys else value.items()
        for k, v in items:
            if not isinstance(k, str):
                if self._skipkeys:
                    continue
                raise TypeError("keys must be strings")
            yield k, v

    def _flatten(self, value):
        # Number every object, parents before children, keys before values.
        if isinstance(value, _scalars):
            if (type(value), value) in self._objtable:
                return
        elif id(value) in self._objidtable:
            return
        refnum = len(self._objlist)
        self._objlist.append(value)
        if isinstance(value, _scalars):
            self._objtable[(type(value), value)] = refnum
        else:
            self._objidtable[id(value)] = refnum
        if isinstance(value, dict):
            items = list(self._dict_items(value))
            for o in itertools.chain((k for k, v in items), (v for k, v in items)):
                self._flatten(o)
        elif isinstance(value, (list, tuple)):
            for o in value:
                self._flatten(o)

    def _getrefnum(self, value):
        if isinstance(value, _scalars):
            return self._objtable[(type(value), value)]
        return self._objidtable[id(value)]

    def _write_size(self, token, size):
        if size < 15:
            self._fp.write(struct.pack('>B', token | size))
        elif size < 1 << 8:
            self._fp.write(struct.pack('>BBB', token | 0xF, 0x10, size))
        elif size < 1 << 16:
            self._fp.write(struct.pack('>BBH', token | 0xF, 0x11, size))
        elif size < 1 << 32:
            self._fp.write(struct.pack('>BBL', token | 0xF, 0x12, size))
        else:
            self._fp.write(struct.pack('>BBQ', token | 0xF, 0x13, size))

    def _write_refs(self, refs):
        self._fp.write(struct.pack('>' + self._ref_format * len(refs), *refs))

    def _write_object(self, value):
        ref = self._getrefnum(value)
        self._object_offsets[ref] = self._fp.tell()
        write = self._fp.write
        if value is None:
            write(b'\x00')
        elif value is False:
            write(b'\x08')
        elif value is True:
            write(b'\x09')
        elif isinstance(value, int):
            if value < 0:
                try:
                    write(struct.pack('>Bq', 0x13, value))
                except struct.error:
                    raise OverflowError(value) from None
            elif value < 1 << 8:
                write(struct.pack('>BB', 0x10, value))
            elif value < 1 << 16:
                write(struct.pack('>BH', 0x11, value))
            elif value < 1 << 32:
                write(struct.pack('>BL', 0x12, value))
            elif value < 1 << 63:
                write(struct.pack('>BQ', 0x13, value))
            elif value < 1 << 64:
                write(b'\x14' + value.to_bytes(16, 'big', signed=True))
            else:
                raise OverflowError(value)
        elif isinstance(value, float):
            write(struct.pack('>Bd', 0x23, value))
        elif isinstance(value, datetime.datetime):
            seconds = (value - datetime.datetime(2001, 1, 1)).total_seconds()
            write(struct.pack('>Bd', 0x33, seconds))
        elif isinstance(value, (bytes, bytearray)):
            self._write_size(0x40, len(value))
            write(value)
        elif isinstance(value, str):
            try:
                encoded = value.encode('ascii')
                self._write_size(0x50, len(value))
            except UnicodeEncodeError:
                encoded = value.encode('utf-16be')
                self._write_size(0x60, len(encoded) // 2)
            write(encoded)
        elif isinstance(value, UID):
            if value.data < 0:
                raise ValueError("UIDs must be positive")
            elif value.data < 1 << 8:
                write(struct.pack('>BB', 0x80, value))
            elif value.data < 1 << 16:
                write(struct.pack('>BH', 0x81, value))
            elif value.data < 1 << 32:
                write(struct.pack('>BL', 0x83, value))
            elif value.data < 1 << 64:
                write(struct.pack('>BQ', 0x87, value))
            else:
                raise OverflowError(value)
        elif isinstance(value, (list, tuple)):
            refs = [self._getrefnum(o) for o in value]
            self._write_size(0xA0, len(refs))
            self._write_refs(refs)
        elif isinstance(value, dict):
            items = list(self._dict_items(value))
            self._write_size(0xD0, len(items))
            self._write_refs([self._getrefnum(k) for k, v in items])
            self._write_refs([self._getrefnum(v) for k, v in items])
        else:
            raise TypeError(value)


def _is_fmt_binary(header):
    return header[:8] == b'bplist00'


_FORMATS = {
    FMT_XML: dict(detect=_is_fmt_xml, parser=_PlistParser, writer=_PlistWriter),
    FMT_BINARY: dict(detect=_is_fmt_binary, parser=_BinaryPlistParser, writer=_BinaryPlistWriter),
}


def load(fp, *, fmt=None, dict_type=dict):
    """Read a .plist file. 'fp' should be a readable and binary file object.
    Return the unpacked root object (which usually is a dictionary).
    """
    if fmt is None:
        header = fp.read(32)
        fp.seek(0)
        for info in _FORMATS.values():
            if info['detect'](header):
                parser_class = info['parser']
                break
        else:
            raise InvalidFileException()
    else:
        parser_class = _FORMATS[fmt]['parser']
    return parser_class(dict_type=dict_type).parse(fp)


def loads(value, *, fmt=None, dict_type=dict):
    """Read a .plist file from a bytes object.
    Return the unpacked root object (which usually is a dictionary).
    """
    return load(BytesIO(value), fmt=fmt, dict_type=dict_type)


def dump(value, fp, *, fmt=FMT_XML, sort_keys=True, skipkeys=False):
    """Write 'value' to a .plist file. 'fp' should be a writable,
    binary file object.
    """
    if fmt not in _FORMATS:
        raise ValueError("Unsupported format: %r" % (fmt,))
    _FORMATS[fmt]["writer"](fp, sort_keys=sort_keys, skipkeys=skipkeys).write(value)


def dumps(value, *, fmt=FMT_XML, skipkeys=False, sort_keys=True):
    """Return a bytes object with the contents for a .plist file.
    """
    fp = BytesIO()
    dump(value, fp, fmt=fmt, skipkeys=skipkeys, sort_keys=sort_keys)
    return fp.getvalue()
