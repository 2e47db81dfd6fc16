"""Tools for pickle bytes: genops() walks the opcodes, dis() prints a symbolic disassembly.

Sharpy's version covers the opcode table, genops, dis (with CPython's layout, MARK and memo
annotations and its error messages) and optimize.
"""
import codecs
import io
import pickle
import re
import sys
from struct import unpack as _unpack

__all__ = ['dis', 'genops', 'optimize']

bytes_types = pickle.bytes_types


class StackObject:
    """A kind of stack entry, for documentation and dis's stack emulation."""

    def __init__(self, name, obtype, doc):
        self.name = name
        self.obtype = obtype
        self.doc = doc

    def __repr__(self):
        return self.name


pyint = pylong = StackObject("int", int, "")
pybool = StackObject("bool", bool, "")
pyfloat = StackObject("float", float, "")
pybytes_or_str = pystring = StackObject("bytes_or_str", (bytes, str), "")
pybytes = StackObject("bytes", bytes, "")
pybytearray = StackObject("bytearray", bytearray, "")
pyunicode = StackObject("str", str, "")
pynone = StackObject("None", type(None), "")
pytuple = StackObject("tuple", tuple, "")
pylist = StackObject("list", list, "")
pydict = StackObject("dict", dict, "")
pyset = StackObject("set", set, "")
pyfrozenset = StackObject("frozenset", set, "")
pybuffer = StackObject("buffer", object, "")
anyobject = StackObject("any", object, "")
markobject = StackObject("mark", StackObject, "")
stackslice = StackObject("stackslice", StackObject, "")


# --- argument readers ---------------------------------------------------------------------

def _read(f, n, what):
    data = f.read(n)
    if len(data) != n:
        raise ValueError("not enough data in stream to read %s" % what)
    return data


def _readline(f, what):
    data = f.readline()
    if not data.endswith(b"\n"):
        raise ValueError("no newline found when trying to read %s" % what)
    return data[:-1]


def read_uint1(f):
    return _read(f, 1, "uint1")[0]


def read_uint2(f):
    return _unpack("<H", _read(f, 2, "uint2"))[0]


def read_int4(f):
    return _unpack("<i", _read(f, 4, "int4"))[0]


def read_uint4(f):
    return _unpack("<I", _read(f, 4, "uint4"))[0]


def read_uint8(f):
    return _unpack("<Q", _read(f, 8, "uint8"))[0]


def read_decimalnl_short(f):
    s = _readline(f, "decimalnl_short")
    if s == b"00":
        return False
    if s == b"01":
        return True
    return int(s)


def read_decimalnl_long(f):
    s = _readline(f, "decimalnl_long")
    if s[-1:] == b'L':
        s = s[:-1]
    return int(s)


def read_stringnl(f, decode=True, stripquotes=True):
    data = _readline(f, "stringnl")
    if stripquotes:
        for q in (b'"', b"'"):
            if data.startswith(q):
                if not data.endswith(q):
                    raise ValueError("strinq quote %r not found at both ends of %r" % (q, data))
                data = data[1:-1]
                break
        else:
            raise ValueError("no string quotes around %r" % data)
    if decode:
        data = codecs.escape_decode(data)[0].decode("ascii")
    return data


def read_stringnl_noescape(f):
    return read_stringnl(f, stripquotes=False)


def read_stringnl_noescape_pair(f):
    return "%s %s" % (read_stringnl_noescape(f), read_stringnl_noescape(f))


def _sized(size_reader, what, convert):
    def reader(f):
        n = size_reader(f)
        if n < 0:
            raise ValueError("%s byte count < 0: %d" % (what, n))
        data = f.read(n)
        if len(data) == n:
            return convert(data)
        raise ValueError("expected %d bytes in a %s, but only %d remain" % (n, what, len(data)))
    return reader


def _utf8(data):
    return str(data, 'utf-8', 'surrogatepass')


read_string1 = _sized(read_uint1, "string1", lambda d: d.decode("latin-1"))
read_string4 = _sized(read_int4, "string4", lambda d: d.decode("latin-1"))
read_bytes1 = _sized(read_uint1, "bytes1", bytes)
read_bytes4 = _sized(read_uint4, "bytes4", bytes)
read_bytes8 = _sized(read_uint8, "bytes8", bytes)
read_bytearray8 = _sized(read_uint8, "bytearray8", bytearray)
read_unicodestring1 = _sized(read_uint1, "unicodestring1", _utf8)
read_unicodestring4 = _sized(read_uint4, "unicodestring4", _utf8)
read_unicodestring8 = _sized(read_uint8, "unicodestring8", _utf8)
read_long1 = _sized(read_uint1, "long1", pickle.decode_long)
read_long4 = _sized(read_int4, "long4", pickle.decode_long)


def read_unicodestringnl(f):
    return pickle._raw_unicode_unescape(_readline(f, "unicodestringnl"))


def read_floatnl(f):
    return float(_readline(f, "floatnl"))


def read_float8(f):
    return _unpack(">d", _read(f, 8, "float8"))[0]


class OpcodeInfo:
    """One opcode: name, code char, argument reader, stack effect and protocol."""

    def __init__(self, name, code, arg, stack_before, stack_after, proto, doc=""):
        self.name = name
        self.code = code
        self.arg = arg
        self.stack_before = stack_before
        self.stack_after = stack_after
        self.proto = proto
        self.doc = doc


class _Arg:
    def __init__(self, name, reader):
        self.name = name
        self.reader = reader


def _arg(name):
    return _Arg(name, globals()['read_' + name])


I = OpcodeInfo
A = anyobject
M = markobject
S = stackslice
opcodes = [
    I("INT", "I", _arg("decimalnl_short"), [], [pyint], 0),
    I("BININT", "J", _arg("int4"), [], [pyint], 1),
    I("BININT1", "K", _arg("uint1"), [], [pyint], 1),
    I("BININT2", "M", _arg("uint2"), [], [pyint], 1),
    I("LONG", "L", _arg("decimalnl_long"), [], [pyint], 0),
    I("LONG1", "\x8a", _arg("long1"), [], [pyint], 2),
    I("LONG4", "\x8b", _arg("long4"), [], [pyint], 2),
    I("STRING", "S", _arg("stringnl"), [], [pybytes_or_str], 0),
    I("BINSTRING", "T", _arg("string4"), [], [pybytes_or_str], 1),
    I("SHORT_BINSTRING", "U", _arg("string1"), [], [pybytes_or_str], 1),
    I("BINBYTES", "B", _arg("bytes4"), [], [pybytes], 3),
    I("SHORT_BINBYTES", "C", _arg("bytes1"), [], [pybytes], 3),
    I("BINBYTES8", "\x8e", _arg("bytes8"), [], [pybytes], 4),
    I("BYTEARRAY8", "\x96", _arg("bytearray8"), [], [pybytearray], 5),
    I("NEXT_BUFFER", "\x97", None, [], [pybuffer], 5),
    I("READONLY_BUFFER", "\x98", None, [pybuffer], [pybuffer], 5),
    I("NONE", "N", None, [], [pynone], 0),
    I("NEWTRUE", "\x88", None, [], [pybool], 2),
    I("NEWFALSE", "\x89", None, [], [pybool], 2),
    I("UNICODE", "V", _arg("unicodestringnl"), [], [pyunicode], 0),
    I("SHORT_BINUNICODE", "\x8c", _arg("unicodestring1"), [], [pyunicode], 4),
    I("BINUNICODE", "X", _arg("unicodestring4"), [], [pyunicode], 1),
    I("BINUNICODE8", "\x8d", _arg("unicodestring8"), [], [pyunicode], 4),
    I("FLOAT", "F", _arg("floatnl"), [], [pyfloat], 0),
    I("BINFLOAT", "G", _arg("float8"), [], [pyfloat], 1),
    I("EMPTY_LIST", "]", None, [], [pylist], 1),
    I("APPEND", "a", None, [pylist, A], [pylist], 0),
    I("APPENDS", "e", None, [pylist, M, S], [pylist], 1),
    I("LIST", "l", None, [M, S], [pylist], 0),
    I("EMPTY_TUPLE", ")", None, [], [pytuple], 1),
    I("TUPLE", "t", None, [M, S], [pytuple], 0),
    I("TUPLE1", "\x85", None, [A], [pytuple], 2),
    I("TUPLE2", "\x86", None, [A, A], [pytuple], 2),
    I("TUPLE3", "\x87", None, [A, A, A], [pytuple], 2),
    I("EMPTY_DICT", "}", None, [], [pydict], 1),
    I("DICT", "d", None, [M, S], [pydict], 0),
    I("SETITEM", "s", None, [pydict, A, A], [pydict], 0),
    I("SETITEMS", "u", None, [pydict, M, S], [pydict], 1),
    I("EMPTY_SET", "\x8f", None, [], [pyset], 4),
    I("ADDITEMS", "\x90", None, [pyset, M, S], [pyset], 4),
    I("FROZENSET", "\x91", None, [M, S], [pyfrozenset], 4),
    I("POP", "0", None, [A], [], 0),
    I("DUP", "2", None, [A], [A, A], 0),
    I("MARK", "(", None, [], [M], 0),
    I("POP_MARK", "1", None, [M, S], [], 1),
    I("GET", "g", _arg("decimalnl_short"), [], [A], 0),
    I("BINGET", "h", _arg("uint1"), [], [A], 1),
    I("LONG_BINGET", "j", _arg("uint4"), [], [A], 1),
    I("PUT", "p", _arg("decimalnl_short"), [], [], 0),
    I("BINPUT", "q", _arg("uint1"), [], [], 1),
    I("LONG_BINPUT", "r", _arg("uint4"), [], [], 1),
    I("MEMOIZE", "\x94", None, [A], [A], 4),
    I("EXT1", "\x82", _arg("uint1"), [], [A], 2),
    I("EXT2", "\x83", _arg("uint2"), [], [A], 2),
    I("EXT4", "\x84", _arg("int4"), [], [A], 2),
    I("GLOBAL", "c", _arg("stringnl_noescape_pair"), [], [A], 0),
    I("STACK_GLOBAL", "\x93", None, [pyunicode, pyunicode], [A], 4),
    I("REDUCE", "R", None, [A, A], [A], 0),
    I("BUILD", "b", None, [A, A], [A], 0),
    I("INST", "i", _arg("stringnl_noescape_pair"), [M, S], [A], 0),
    I("OBJ", "o", None, [M, A, S], [A], 1),
    I("NEWOBJ", "\x81", None, [A, A], [A], 2),
    I("NEWOBJ_EX", "\x92", None, [A, A, A], [A], 4),
    I("PROTO", "\x80", _arg("uint1"), [], [], 2),
    I("STOP", ".", None, [A], [], 0),
    I("FRAME", "\x95", _arg("uint8"), [], [], 4),
    I("PERSID", "P", _arg("stringnl_noescape"), [], [A], 0),
    I("BINPERSID", "Q", None, [A], [A], 1),
]
del I, A, M, S

code2op = {d.code: d for d in opcodes}


def _genops(data, yield_end_pos=False):
    if isinstance(data, bytes_types):
        data = io.BytesIO(data)
    getpos = data.tell if hasattr(data, "tell") else (lambda: None)
    while True:
        pos = getpos()
        code = data.read(1)
        opcode = code2op.get(code.decode("latin-1"))
        if opcode is None:
            if code == b"":
                raise ValueError("pickle exhausted before seeing STOP")
            raise ValueError("at position %s, opcode %r unknown"
                             % ("<unknown>" if pos is None else pos, code))
        arg = None if opcode.arg is None else opcode.arg.reader(data)
        if yield_end_pos:
            yield opcode, arg, pos, getpos()
        else:
            yield opcode, arg, pos
        if code == b'.':
            assert opcode.name == 'STOP'
            break


def genops(pickle):
    """Yield (OpcodeInfo, argument or None, position or None) for each opcode up to STOP."""
    return _genops(pickle)


def optimize(p):
    """Drop the PUTs whose memo entries are never read (and re-number the rest)."""
    put = 'PUT'
    get = 'GET'
    oldids = set()
    newids = {}
    ops = []           # (put/get, index) or (start, end) of an opcode to copy
    proto = 0
    protoheader = b''
    for opcode, arg, pos, end_pos in _genops(p, yield_end_pos=True):
        if 'PUT' in opcode.name:
            oldids.add(arg)
            ops.append((put, arg))
        elif opcode.name == 'MEMOIZE':
            idx = len(oldids)
            oldids.add(idx)
            ops.append((put, idx))
        elif 'FRAME' in opcode.name:
            pass
        elif 'GET' in opcode.name:
            proto = max(proto, opcode.proto)
            newids[arg] = None
            ops.append((get, arg))
        elif opcode.name == 'PROTO':
            proto = max(proto, arg)
            if pos == 0:
                protoheader = p[pos:end_pos]
            else:
                ops.append((pos, end_pos))
        else:
            ops.append((pos, end_pos))
    out = io.BytesIO()
    pickler = pickle.Pickler(out, proto)
    pickler._out += protoheader
    if proto >= 4:
        pickler._frame = bytearray()
    idx = 0
    for op, arg in ops:
        if op is put:
            if arg not in newids:
                continue
            data = pickler.put(idx)
            newids[arg] = idx
            idx += 1
        elif op is get:
            data = pickler.get(newids[arg])
        else:
            data = p[op:arg]
        if len(data) > pickle._FRAME_SIZE_TARGET and pickler._frame is not None:
            pickler._commit_frame(force=True)
            pickler._out += data
        else:
            pickler._commit_frame()
            pickler.write(data)
    pickler._commit_frame(force=True)
    return bytes(pickler._out)


def dis(pickle, out=None, memo=None, indentlevel=4, annotate=0):
    """Print a symbolic disassembly of a pickle (with stack checks, like CPython's)."""
    stack = []
    if memo is None:
        memo = {}
    maxproto = -1
    markstack = []
    indentchunk = ' ' * indentlevel
    errormsg = None
    annocol = annotate
    for opcode, arg, pos in genops(pickle):
        if pos is not None:
            print("%5d:" % pos, end=' ', file=out)
        line = "%-4s %s%s" % (repr(opcode.code)[1:-1], indentchunk * len(markstack), opcode.name)
        maxproto = max(maxproto, opcode.proto)
        before = opcode.stack_before
        after = opcode.stack_after
        numtopop = len(before)
        markmsg = None
        if markobject in before or (opcode.name == "POP" and stack and stack[-1] is markobject):
            if markstack:
                markpos = markstack.pop()
                markmsg = ("(MARK at unknown opcode offset)" if markpos is None
                           else "(MARK at %d)" % markpos)
                while stack[-1] is not markobject:
                    stack.pop()
                stack.pop()
                try:
                    numtopop = before.index(markobject)
                except ValueError:
                    numtopop = 0
            else:
                errormsg = markmsg = "no MARK exists on stack"
        if opcode.name in ("PUT", "BINPUT", "LONG_BINPUT", "MEMOIZE"):
            if opcode.name == "MEMOIZE":
                memo_idx = len(memo)
                markmsg = "(as %d)" % memo_idx
            else:
                memo_idx = arg
            if memo_idx in memo:
                errormsg = "memo key %r already defined" % arg
            elif not stack:
                errormsg = "stack is empty -- can't store into memo"
            elif stack[-1] is markobject:
                errormsg = "can't store markobject in the memo"
            else:
                memo[memo_idx] = stack[-1]
        elif opcode.name in ("GET", "BINGET", "LONG_BINGET"):
            if arg in memo:
                after = [memo[arg]]
            else:
                errormsg = "memo key %r has never been stored into" % arg
        if arg is not None or markmsg:
            line += ' ' * (10 - len(opcode.name))
            if arg is not None:
                line += ' ' + repr(arg)
            if markmsg:
                line += ' ' + markmsg
        if annotate:
            line += ' ' * (annocol - len(line))
            annocol = len(line)
            if annocol > 50:
                annocol = annotate
            line += ' ' + opcode.doc.split('\n', 1)[0]
        print(line, file=out)
        if errormsg:
            raise ValueError(errormsg)
        if len(stack) < numtopop:
            raise ValueError("tries to pop %d items from stack with only %d items"
                             % (numtopop, len(stack)))
        if numtopop:
            del stack[-numtopop:]
        if markobject in after:
            markstack.append(pos)
        stack.extend(after)
    print("highest protocol among opcodes =", maxproto, file=out)
    if stack:
        raise ValueError("stack not empty after STOP: %r" % stack)
