"""Sharpy's pickle: Python object serialization, protocols 0 to 5.

Pickler writes byte for byte what CPython 3.11's C pickler (_pickle) writes: the same opcode
choices, memo numbering, batching (1000 items per APPENDS/SETITEMS), framing (protocol 4+,
64 KiB frames, no frame below 4 bytes) and Python 2 name translation (fix_imports) for
protocols 0-2. Unpickler reads every opcode. Written from the pickle format documentation and
pickletools' opcode descriptions.
"""
import sys
import io
import _codecs as codecs   # (encode and escape_decode; codecs.encode is _codecs.encode)
import _compat_pickle
from copyreg import dispatch_table
from copyreg import _extension_registry, _inverted_registry, _extension_cache
from struct import pack, unpack
from types import FunctionType, MethodType
# Native fast paths for plain data (src/Sharpy.Runtime/Modules/Pickle); the classes below do the rest.
import _sharpy_pickle as _fast
from operator import index as _index

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads", "PickleBuffer",
           "ADDITEMS", "APPEND", "APPENDS", "BINBYTES", "BINBYTES8", "BINFLOAT", "BINGET",
           "BININT", "BININT1", "BININT2", "BINPERSID", "BINPUT", "BINSTRING", "BINUNICODE",
           "BINUNICODE8", "BUILD", "BYTEARRAY8", "DEFAULT_PROTOCOL", "DICT", "DUP",
           "EMPTY_DICT", "EMPTY_LIST", "EMPTY_SET", "EMPTY_TUPLE", "EXT1", "EXT2", "EXT4",
           "FALSE", "FLOAT", "FRAME", "FROZENSET", "GET", "GLOBAL", "HIGHEST_PROTOCOL", "INST",
           "INT", "LIST", "LONG", "LONG1", "LONG4", "LONG_BINGET", "LONG_BINPUT", "MARK",
           "MEMOIZE", "NEWFALSE", "NEWOBJ", "NEWOBJ_EX", "NEWTRUE", "NEXT_BUFFER", "NONE", "OBJ",
           "PERSID", "POP", "POP_MARK", "PROTO", "PUT", "READONLY_BUFFER", "REDUCE", "SETITEM",
           "SETITEMS", "SHORT_BINBYTES", "SHORT_BINSTRING", "SHORT_BINUNICODE", "STACK_GLOBAL",
           "STOP", "STRING", "TRUE", "TUPLE", "TUPLE1", "TUPLE2", "TUPLE3", "UNICODE"]

bytes_types = (bytes, bytearray)
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]
HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    """A common base class for the other pickling exceptions."""


class PicklingError(PickleError):
    """This exception is raised when an unpicklable object is passed to the dump() method."""


class UnpicklingError(PickleError):
    """This exception is raised when there is a problem unpickling an object."""


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


# Opcodes (see pickletools for their descriptions).
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_BATCHSIZE = 1000
_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024


class PickleBuffer(object):
    """Wraps a bytes-like object for out-of-band pickling (protocol 5)."""

    def __init__(self, buffer):
        if not isinstance(buffer, (bytes, bytearray, PickleBuffer)):
            try:
                buffer = bytes(buffer)
            except Exception:
                raise TypeError("a bytes-like object is required, not '%s'"
                                % type(buffer).__name__) from None
        if isinstance(buffer, PickleBuffer):
            buffer = buffer._buffer
        self._buffer = buffer
        self._released = False

    @property
    def readonly(self):
        return not isinstance(self._buffer, bytearray)

    def raw(self):
        if self._released:
            raise ValueError("operation forbidden on released PickleBuffer object")
        return memoryview(self._buffer)

    def release(self):
        self._released = True

    def __bytes__(self):
        return bytes(self._buffer)

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'pickle.PickleBuffer' object")


def encode_long(x):
    """Little-endian two's complement bytes of x, as short as possible (b'' for 0)."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, byteorder='little', signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def decode_long(data):
    return int.from_bytes(data, byteorder='little', signed=True)


def _raw_unicode_escape(text):
    """Protocol 0 text: Latin-1 bytes, other characters (and \\ \\0 \\n \\r \\x1a) escaped."""
    out = []
    for ch in text:
        code = ord(ch)
        if code >= 0x10000:
            out.append('\\U%08x' % code)
        elif code >= 256 or ch in '\\\0\n\r\x1a':
            out.append('\\u%04x' % code)
        else:
            out.append(ch)
    return ''.join(out).encode('latin-1')


def _raw_unicode_unescape(data):
    text = data.decode('latin-1')
    if '\\' not in text:
        return text
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == '\\' and i + 1 < n and text[i + 1] in 'uU':
            # an odd number of backslashes before u/U starts an escape
            width = 4 if text[i + 1] == 'u' else 8
            digits = text[i + 2:i + 2 + width]
            if len(digits) != width or any(c not in '0123456789abcdefABCDEF' for c in digits):
                raise UnicodeDecodeError('rawunicodeescape', data, i, min(n, i + 2 + width),
                                         'truncated \\uXXXX escape' if width == 4
                                         else 'truncated \\UXXXXXXXX escape')
            out.append(chr(int(digits, 16)))
            i += 2 + width
        elif ch == '\\' and i + 1 < n and text[i + 1] == '\\':
            out.append('\\\\')
            i += 2
        else:
            out.append(ch)
            i += 1
    return ''.join(out)


def _utf8(text):
    try:
        return text.encode('utf-8', 'surrogatepass')
    except (UnicodeError, LookupError):
        return text.encode('utf-8')


def _getattribute(obj, name):
    """Resolve a dotted qualified name; returns (object, parent)."""
    parent = None
    for subpath in name.split('.'):
        if subpath == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(name, obj))
        try:
            parent = obj
            obj = getattr(obj, subpath)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}".format(name, obj)) from None
    return obj, parent


def whichmodule(obj, name):
    """Name of the module obj (whose qualified name is name) lives in."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if (module_name == '__main__' or module_name == '__mp_main__'
                or module is None):
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


_NoneType = type(None)
_EllipsisType = type(Ellipsis)
_NotImplementedType = type(NotImplemented)
_BuiltinFunctionType = type(len)


def _re_compile():
    """re._compile (what CPython's re module registers for pickling patterns)."""
    import re
    compile_ = getattr(re, '_compile', None)
    if compile_ is None:
        # Sharpy's native re has no _compile: provide one under that name so pickles of
        # patterns load in both implementations.
        def _compile(pattern, flags):
            return re.compile(pattern, flags)
        _compile.__module__ = 're'
        _compile.__qualname__ = '_compile'
        re._compile = compile_ = _compile
    return compile_


try:
    import re as _re
    _PatternType = type(_re.compile(''))
    del _re
except Exception:
    _PatternType = None
_MethodType = MethodType
_MethodDescriptorType = type(str.upper)
_WrapperDescriptorType = type(object.__init__)
_MethodWrapperType = type(object().__str__)


def _overrides_reduce(cls):
    """True if cls (or a Python base) defines its own __reduce_ex__/__reduce__."""
    for klass in cls.__mro__:
        if klass is object:
            return False
        d = klass.__dict__
        if '__reduce_ex__' in d or '__reduce__' in d:
            return klass.__module__ != 'builtins'
    return False


def _state_of(obj):
    try:
        getstate = obj.__getstate__
    except AttributeError:
        return None
    try:
        return getstate()
    except TypeError:
        return getattr(obj, '__dict__', None) or None


def _builtin_reduce(obj, proto):
    """CPython's reductions of builtin types whose Sharpy __reduce_ex__ differs (else None)."""
    cls = type(obj)
    if _overrides_reduce(cls):
        return None
    if isinstance(obj, (set, frozenset)):
        return cls, (list(obj),), _state_of(obj)
    if isinstance(obj, bytearray):
        state = _state_of(obj) if cls is not bytearray else None
        if proto < 3:
            return cls, (bytes(obj).decode('latin-1'), 'latin-1'), state
        if len(obj):
            return cls, (bytes(obj),), state
        return cls, (), state
    if cls is _PatternType:
        return _re_compile(), (obj.pattern, obj.flags)
    if obj is Ellipsis:
        return 'Ellipsis'
    if obj is NotImplemented:
        return 'NotImplemented'
    if cls is range:
        return range, (obj.start, obj.stop, obj.step)
    if cls is slice:
        return slice, (obj.start, obj.stop, obj.step)
    if cls is _MethodType:
        return getattr, (obj.__self__, obj.__func__.__name__)
    if cls is _MethodDescriptorType or cls is _WrapperDescriptorType:
        objclass = getattr(obj, '__objclass__', None)
        if objclass is not None:
            return getattr, (objclass, obj.__name__)
    if cls is _BuiltinFunctionType or cls is _MethodWrapperType:
        owner = getattr(obj, '__self__', None)
        if owner is None or isinstance(owner, type(sys)):
            return obj.__name__
        return getattr, (owner, obj.__name__)
    return None


class Pickler:
    """Writes a pickled representation of objects to a binary file (anything with write())."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        protocol = _index(protocol)   # _pickle reads it as a C long
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        self._buffer_callback = buffer_callback
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.memo = {}
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self._out = bytearray()
        self._frame = None
        self._global_strs = {}

    def clear_memo(self):
        self.memo.clear()
        self._global_strs.clear()

    # --- output and framing -------------------------------------------------------------

    def write(self, data):
        if self._frame is not None:
            self._frame += data
        else:
            self._out += data

    def _commit_frame(self, force=False):
        frame = self._frame
        if frame is None or not (force or len(frame) >= _FRAME_SIZE_TARGET):
            return
        if len(frame) >= _FRAME_SIZE_MIN:
            self._out += FRAME + pack("<Q", len(frame))
        self._out += frame
        self._frame = bytearray()

    def _write_large(self, header, payload):
        # Big payloads go outside any frame (like CPython), after committing the current one.
        if self._frame is not None and len(payload) >= _FRAME_SIZE_TARGET:
            self._commit_frame(force=True)
            self._out += header
            self._out += payload
        else:
            self.write(header)
            self.write(payload)

    def dump(self, obj):
        if not hasattr(self, "_file_write"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % (self.__class__.__name__,))
        if (type(self) is Pickler and not self.memo and not self.fast
                and self._buffer_callback is None and self.__dict__.keys() <= _PLAIN_PICKLER):
            # No hooks anywhere: the native writer, whose memo becomes this pickler's.
            done = _fast.dump_memo(obj, self.proto)
            if done is not None:
                data, memoized = done
                memo = self.memo
                for i, o in enumerate(memoized):
                    memo[id(o)] = i, o
                self._file_write(data)
                return
        if self.proto >= 2:
            self._out += PROTO + pack("<B", self.proto)
        if self.proto >= 4:
            self._frame = bytearray()
        try:
            self.save(obj)
        except RecursionError:
            self._out = bytearray()
            self._frame = None
            raise RecursionError("maximum recursion depth exceeded while pickling an object") \
                from None
        self.write(STOP)
        self._commit_frame(force=True)
        self._frame = None
        data = bytes(self._out)
        self._out = bytearray()
        self._file_write(data)

    # --- memo -----------------------------------------------------------------------------

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self.write(self.put(idx))
        self.memo[id(obj)] = idx, obj

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        elif self.bin:
            if idx < 256:
                return BINPUT + pack("<B", idx)
            return LONG_BINPUT + pack("<I", idx)
        return PUT + repr(idx).encode("ascii") + b'\n'

    def get(self, i):
        if self.bin:
            if i < 256:
                return BINGET + pack("<B", i)
            return LONG_BINGET + pack("<I", i)
        return GET + repr(i).encode("ascii") + b'\n'

    # --- dispatch -------------------------------------------------------------------------

    def save(self, obj, save_persistent_id=True):
        self._commit_frame()
        if save_persistent_id:
            pid = self.persistent_id(obj)
            if pid is not None:
                self.save_pers(pid)
                return
        t = type(obj)
        if obj is None:
            self.write(NONE)
            return
        if obj is True or obj is False:
            self.save_bool(obj)
            return
        if t is int:
            self.save_long(obj)
            return
        if t is float:
            self.save_float(obj)
            return
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self.get(x[0]))
            return
        if t is bytes:
            self.save_bytes(obj)
            return
        if t is str:
            self.save_str(obj)
            return
        if t is dict:
            self.save_dict(obj)
            return
        if t is set:
            self.save_set(obj)
            return
        if t is frozenset:
            self.save_frozenset(obj)
            return
        if t is list:
            self.save_list(obj)
            return
        if t is tuple:
            self.save_tuple(obj)
            return
        if t is bytearray:
            self.save_bytearray(obj)
            return
        if t is PickleBuffer:
            self.save_picklebuffer(obj)
            return
        rv = NotImplemented
        reduce = getattr(self, "reducer_override", None)
        if reduce is not None:
            rv = reduce(obj)
        if rv is NotImplemented:
            if t is type:
                self.save_type(obj)
                return
            if t is FunctionType:
                self.save_global(obj)
                return
            table = getattr(self, 'dispatch_table', dispatch_table)
            reduce = table.get(t)
            if reduce is not None:
                rv = reduce(obj)
            elif issubclass(t, type):
                self.save_global(obj)
                return
            else:
                rv = _builtin_reduce(obj, self.proto)
                if rv is None:
                    reduce = getattr(obj, "__reduce_ex__", None)
                    if reduce is not None:
                        rv = reduce(self.proto)
                    else:
                        reduce = getattr(obj, "__reduce__", None)
                        if reduce is None:
                            raise PicklingError("Can't pickle %r object: %r" % (t.__name__, obj))
                        rv = reduce()
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        self.save_reduce(obj=obj, *rv)

    def persistent_id(self, obj):
        return None

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            try:
                self.write(PERSID + str(pid).encode("ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        save = self.save
        write = self.write
        func_name = getattr(func, "__name__", "")
        if self.proto >= 2 and func_name == "__newobj_ex__":
            cls, args, kwargs = args
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj_ex__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj_ex__ args has the wrong class")
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                import functools
                func = functools.partial(cls.__new__, cls, *args, **kwargs)
                save(func)
                save(())
                write(REDUCE)
        elif self.proto >= 2 and func_name == "__newobj__":
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            save(cls)
            save(args[1:])
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)
        if obj is not None:
            x = self.memo.get(id(obj))
            if x is not None:
                # recursive: drop what we built and fetch the object from the memo
                write(POP + self.get(x[0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    # --- atoms ----------------------------------------------------------------------------

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)

    def save_long(self, obj):
        if -0x80000000 <= obj <= 0x7fffffff:
            if self.bin:
                if 0 <= obj <= 0xff:
                    self.write(BININT1 + pack("<B", obj))
                elif 0 <= obj <= 0xffff:
                    self.write(BININT2 + pack("<H", obj))
                else:
                    self.write(BININT + pack("<i", obj))
            else:
                self.write(INT + repr(obj).encode("ascii") + b'\n')
            return
        if self.proto >= 2:
            encoded = encode_long(obj)
            n = len(encoded)
            if n < 256:
                self.write(LONG1 + pack("<B", n) + encoded)
            else:
                self.write(LONG4 + pack("<i", n) + encoded)
            return
        self.write(LONG + repr(obj).encode("ascii") + b'L\n')

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + pack('>d', obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b'\n')

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(codecs.encode, (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + pack("<B", n) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large(BINBYTES8 + pack("<Q", n), obj)
        else:
            self._write_large(BINBYTES + pack("<I", n), obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            self.save_reduce(bytearray, (bytes(obj),) if obj else (), obj=obj)
            return
        self._write_large(BYTEARRAY8 + pack("<Q", len(obj)), bytes(obj))
        self.memoize(obj)

    def save_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only pickled with protocol >= 5")
        if obj._released:
            raise ValueError("operation forbidden on released PickleBuffer object")
        in_band = True
        if self._buffer_callback is not None:
            in_band = bool(self._buffer_callback(obj))
        if in_band:
            if obj.readonly:
                self.save_bytes(bytes(obj._buffer))
            else:
                self.save_bytearray(obj._buffer)
        else:
            self.write(NEXT_BUFFER)
            if obj.readonly:
                self.write(READONLY_BUFFER)

    def save_str(self, obj):
        if self.bin:
            encoded = _utf8(obj)
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self.write(SHORT_BINUNICODE + pack("<B", n) + encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self._write_large(BINUNICODE8 + pack("<Q", n), encoded)
            else:
                self._write_large(BINUNICODE + pack("<I", n), encoded)
        else:
            self.write(UNICODE + _raw_unicode_escape(obj) + b'\n')
        self.memoize(obj)

    # --- containers -----------------------------------------------------------------------

    def save_tuple(self, obj):
        if not obj:
            self.write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        n = len(obj)
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            if id(obj) in memo:
                self.write(POP * n + self.get(memo[id(obj)][0]))
            else:
                self.write(_tuplesize2code[n])
                self.memoize(obj)
            return
        write = self.write
        write(MARK)
        for element in obj:
            save(element)
        if id(obj) in memo:
            get = self.get(memo[id(obj)][0])
            if self.bin:
                write(POP_MARK + get)
            else:
                write(POP * (n + 1) + get)
            return
        write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        self.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        if not obj:
            return
        if self.bin:
            self._batch_list_exact(obj)
        else:
            self._batch_appends(iter(obj))

    def _batch_list_exact(self, obj):
        save = self.save
        write = self.write
        if len(obj) == 1:
            save(obj[0])
            write(APPEND)
            return
        total = 0
        while True:
            write(MARK)
            count = 0
            while total < len(obj):
                save(obj[total])
                total += 1
                count += 1
                if count == _BATCHSIZE:
                    break
            write(APPENDS)
            if total >= len(obj):
                break

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        items = iter(items)
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        _missing = object()
        while True:
            first = next(items, _missing)
            if first is _missing:
                return
            second = next(items, _missing)
            if second is _missing:
                save(first)
                write(APPEND)
                return
            write(MARK)
            save(first)
            n = 1
            item = second
            while item is not _missing:
                save(item)
                n += 1
                if n == _BATCHSIZE:
                    break
                item = next(items, _missing)
            write(APPENDS)
            if n != _BATCHSIZE:
                return

    def save_dict(self, obj):
        self.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        if not obj:
            return
        if self.bin:
            self._batch_dict_exact(obj)
        else:
            self._batch_setitems(iter(obj.items()))

    def _batch_dict_exact(self, obj):
        save = self.save
        write = self.write
        size = len(obj)
        if size == 1:
            for k, v in obj.items():
                save(k)
                save(v)
            write(SETITEM)
            return
        items = iter(list(obj.items()))
        done = False
        while not done:
            write(MARK)
            count = 0
            for k, v in items:
                save(k)
                save(v)
                count += 1
                if count == _BATCHSIZE:
                    break
            else:
                done = True
            write(SETITEMS)
            if len(obj) != size:
                raise RuntimeError("dictionary changed size during iteration")

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        items = iter(items)
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        _missing = object()
        while True:
            first = next(items, _missing)
            if first is _missing:
                return
            second = next(items, _missing)
            if second is _missing:
                k, v = first
                save(k)
                save(v)
                write(SETITEM)
                return
            write(MARK)
            k, v = first
            save(k)
            save(v)
            n = 1
            item = second
            while item is not _missing:
                k, v = item
                save(k)
                save(v)
                n += 1
                if n == _BATCHSIZE:
                    break
                item = next(items, _missing)
            write(SETITEMS)
            if n != _BATCHSIZE:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(obj=obj, *_builtin_reduce(obj, self.proto))
            return
        write = self.write
        write(EMPTY_SET)
        self.memoize(obj)
        items = list(obj)
        if not items:
            return
        start = 0
        while True:
            # like the dict batches, a full last batch is followed by an empty one (as _pickle does)
            batch = items[start:start + _BATCHSIZE]
            write(MARK)
            for item in batch:
                self.save(item)
            write(ADDITEMS)
            start += _BATCHSIZE
            if len(batch) != _BATCHSIZE:
                break

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(obj=obj, *_builtin_reduce(obj, self.proto))
            return
        write = self.write
        write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            write(POP_MARK + self.get(self.memo[id(obj)][0]))
            return
        write(FROZENSET)
        self.memoize(obj)

    # --- globals --------------------------------------------------------------------------

    def save_global(self, obj, name=None):
        write = self.write
        if name is None:
            name = getattr(obj, '__qualname__', None)
        if name is None:
            name = obj.__name__
        module_name = whichmodule(obj, name)
        if '<locals>' in name.split('.'):
            raise AttributeError("Can't pickle local object %r" % (name,))
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except (ImportError, KeyError, AttributeError):
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from None
        try:
            obj2, parent = _getattribute(module, name)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    write(EXT1 + pack("<B", code))
                elif code <= 0xffff:
                    write(EXT2 + pack("<H", code))
                else:
                    write(EXT4 + pack("<i", code))
                return
        lastname = name.rpartition('.')[2]
        if parent is module:
            name = lastname
        if self.proto >= 4:
            # Equal module names mostly are one (interned) object in CPython and so share a
            # memo entry; Sharpy's may be distinct objects, hence the lookup by value. The
            # name a C function reports as its __module__ is a separate object in CPython.
            kind = 'c' if type(obj) is _BuiltinFunctionType else 'm'
            self.save(self._global_strs.setdefault((kind, module_name), module_name))
            self.save(self._global_strs.setdefault(('n', name), name))
            write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname), obj=obj)
            return
        else:
            if self.fix_imports:
                r_name_mapping = _compat_pickle.REVERSE_NAME_MAPPING
                r_import_mapping = _compat_pickle.REVERSE_IMPORT_MAPPING
                if (module_name, name) in r_name_mapping:
                    module_name, name = r_name_mapping[(module_name, name)]
                elif module_name in r_import_mapping:
                    module_name = r_import_mapping[module_name]
            encoding = "utf-8" if self.proto >= 3 else "ascii"
            try:
                write(GLOBAL + module_name.encode(encoding) + b'\n' +
                      name.encode(encoding) + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using "
                                    "pickle protocol %i" % (module_name, name, self.proto)) from None
        self.memoize(obj)

    def save_type(self, obj):
        if obj is _NoneType:
            return self.save_reduce(type, (None,), obj=obj)
        elif obj is _NotImplementedType:
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        elif obj is _EllipsisType:
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)


# The attributes Pickler.__init__ sets: an instance with more (persistent_id, dispatch_table,
# reducer_override set on it) needs the Python code.
_PLAIN_PICKLER = frozenset(Pickler(io.BytesIO()).__dict__)


# --- unpickling ---------------------------------------------------------------------------

class Unpickler:
    """Reads a pickled object hierarchy from a binary file (anything with read/readline)."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict",
                 buffers=None):
        self._buffers = iter(buffers) if buffers is not None else None
        self._file_read = file.read
        self._file_readline = file.readline
        self._frame = None
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    # input, frame aware
    def _read(self, n):
        frame = self._frame
        if frame is not None:
            data = frame.read(n)
            if not data and n != 0:
                self._frame = None
                return self._file_read(n)
            if len(data) < n:
                raise UnpicklingError("pickle exhausted before end of frame")
            return data
        return self._file_read(n)

    def _readline(self):
        frame = self._frame
        if frame is not None:
            data = frame.readline()
            if not data:
                self._frame = None
                return self._file_readline()
            if data[-1] != 10:
                raise UnpicklingError("pickle exhausted before end of frame")
            return data
        return self._file_readline()

    def _readexact(self, n):
        data = self._read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _readarg_line(self):
        data = self._readline()
        if not data.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return data

    def load(self):
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % (self.__class__.__name__,))
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        dispatch = self.dispatch
        try:
            while True:
                key = self._read(1)
                if not key:
                    raise EOFError("Ran out of input")
                handler = dispatch.get(key[0])
                if handler is None:
                    raise UnpicklingError("invalid load key, '%s'." % chr(key[0])
                                          if 32 <= key[0] < 127 else
                                          "invalid load key, '\\x%02x'." % key[0])
                handler(self)
        except _Stop as stopinst:
            return stopinst.value

    # stack helpers
    def _underflow(self):
        raise UnpicklingError("unexpected MARK found" if self.metastack
                              else "unpickling stack underflow")

    def _pop(self):
        if not self.stack:
            self._underflow()
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            self._underflow()
        return self.stack[-1]

    def pop_mark(self):
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered,\n"
                              "but no persistent_load function was specified.")

    dispatch = {}

    def load_proto(self):
        proto = self._readexact(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto
    dispatch[PROTO[0]] = load_proto

    def load_frame(self):
        frame_size, = unpack('<Q', self._readexact(8))
        if frame_size > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % frame_size)
        if self._frame is not None and self._frame.read() != b'':
            raise UnpicklingError("beginning of a new frame before end of current frame")
        self._frame = io.BytesIO(self._readexact(frame_size))
    dispatch[FRAME[0]] = load_frame

    def load_persid(self):
        try:
            pid = self._readarg_line()[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self.append(self.persistent_load(pid))
    dispatch[PERSID[0]] = load_persid

    def load_binpersid(self):
        pid = self._pop()
        self.append(self.persistent_load(pid))
    dispatch[BINPERSID[0]] = load_binpersid

    def load_none(self):
        self.append(None)
    dispatch[NONE[0]] = load_none

    def load_false(self):
        self.append(False)
    dispatch[NEWFALSE[0]] = load_false

    def load_true(self):
        self.append(True)
    dispatch[NEWTRUE[0]] = load_true

    def load_int(self):
        data = self._readarg_line()
        if data == b'00\n':
            val = False
        elif data == b'01\n':
            val = True
        else:
            try:
                val = int(data[:-1].decode('ascii'), 0)
            except (ValueError, UnicodeDecodeError):
                raise ValueError("could not convert string to int") from None
        self.append(val)
    dispatch[INT[0]] = load_int

    def load_binint(self):
        self.append(unpack('<i', self._readexact(4))[0])
    dispatch[BININT[0]] = load_binint

    def load_binint1(self):
        self.append(self._readexact(1)[0])
    dispatch[BININT1[0]] = load_binint1

    def load_binint2(self):
        self.append(unpack('<H', self._readexact(2))[0])
    dispatch[BININT2[0]] = load_binint2

    def load_long(self):
        val = self._readarg_line()[:-1]
        if val and val[-1] == b'L'[0]:
            val = val[:-1]
        self.append(int(val.decode('ascii'), 0))
    dispatch[LONG[0]] = load_long

    def load_long1(self):
        n = self._readexact(1)[0]
        self.append(decode_long(self._readexact(n)))
    dispatch[LONG1[0]] = load_long1

    def load_long4(self):
        n, = unpack('<i', self._readexact(4))
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(decode_long(self._readexact(n)))
    dispatch[LONG4[0]] = load_long4

    def load_float(self):
        try:
            self.append(float(self._readarg_line()[:-1].decode('ascii')))
        except (ValueError, UnicodeDecodeError):
            raise ValueError("could not convert string to float") from None
    dispatch[FLOAT[0]] = load_float

    def load_binfloat(self):
        self.append(unpack('>d', self._readexact(8))[0])
    dispatch[BINFLOAT[0]] = load_binfloat

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self._readarg_line()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(codecs.escape_decode(data)[0]))
    dispatch[STRING[0]] = load_string

    def load_binstring(self):
        n, = unpack('<i', self._readexact(4))
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self._readexact(n)))
    dispatch[BINSTRING[0]] = load_binstring

    def load_binbytes(self):
        n, = unpack('<I', self._readexact(4))
        self.append(self._readexact(n))
    dispatch[BINBYTES[0]] = load_binbytes

    def load_unicode(self):
        self.append(_raw_unicode_unescape(self._readarg_line()[:-1]))
    dispatch[UNICODE[0]] = load_unicode

    def _utf8_decode(self, data):
        try:
            return data.decode('utf-8', 'surrogatepass')
        except LookupError:
            return data.decode('utf-8')

    def load_binunicode(self):
        n, = unpack('<I', self._readexact(4))
        self.append(self._utf8_decode(self._readexact(n)))
    dispatch[BINUNICODE[0]] = load_binunicode

    def load_binunicode8(self):
        n, = unpack('<Q', self._readexact(8))
        self.append(self._utf8_decode(self._readexact(n)))
    dispatch[BINUNICODE8[0]] = load_binunicode8

    def load_binbytes8(self):
        n, = unpack('<Q', self._readexact(8))
        self.append(self._readexact(n))
    dispatch[BINBYTES8[0]] = load_binbytes8

    def load_bytearray8(self):
        n, = unpack('<Q', self._readexact(8))
        self.append(bytearray(self._readexact(n)))
    dispatch[BYTEARRAY8[0]] = load_bytearray8

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers")
        self.append(buf)
    dispatch[NEXT_BUFFER[0]] = load_next_buffer

    def load_readonly_buffer(self):
        buf = self._top()
        if isinstance(buf, bytearray):
            self.stack[-1] = bytes(buf)
        elif isinstance(buf, PickleBuffer):
            self.stack[-1] = bytes(buf._buffer)
    dispatch[READONLY_BUFFER[0]] = load_readonly_buffer

    def load_short_binstring(self):
        n = self._readexact(1)[0]
        self.append(self._decode_string(self._readexact(n)))
    dispatch[SHORT_BINSTRING[0]] = load_short_binstring

    def load_short_binbytes(self):
        n = self._readexact(1)[0]
        self.append(self._readexact(n))
    dispatch[SHORT_BINBYTES[0]] = load_short_binbytes

    def load_short_binunicode(self):
        n = self._readexact(1)[0]
        self.append(self._utf8_decode(self._readexact(n)))
    dispatch[SHORT_BINUNICODE[0]] = load_short_binunicode

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))
    dispatch[TUPLE[0]] = load_tuple

    def load_empty_tuple(self):
        self.append(())
    dispatch[EMPTY_TUPLE[0]] = load_empty_tuple

    def _load_tupleN(self, n):
        if len(self.stack) < n:
            self._underflow()
        items = tuple(self.stack[len(self.stack) - n:])
        del self.stack[len(self.stack) - n:]
        self.append(items)

    def load_tuple1(self):
        self._load_tupleN(1)
    dispatch[TUPLE1[0]] = load_tuple1

    def load_tuple2(self):
        self._load_tupleN(2)
    dispatch[TUPLE2[0]] = load_tuple2

    def load_tuple3(self):
        self._load_tupleN(3)
    dispatch[TUPLE3[0]] = load_tuple3

    def load_empty_list(self):
        self.append([])
    dispatch[EMPTY_LIST[0]] = load_empty_list

    def load_empty_dictionary(self):
        self.append({})
    dispatch[EMPTY_DICT[0]] = load_empty_dictionary

    def load_empty_set(self):
        self.append(set())
    dispatch[EMPTY_SET[0]] = load_empty_set

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))
    dispatch[FROZENSET[0]] = load_frozenset

    def load_list(self):
        items = self.pop_mark()
        self.append(items)
    dispatch[LIST[0]] = load_list

    def load_dict(self):
        items = self.pop_mark()
        d = {items[i]: items[i + 1] for i in range(0, len(items), 2)}
        self.append(d)
    dispatch[DICT[0]] = load_dict

    def _instantiate(self, klass, args):
        if (args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__")):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" % (klass.__name__, str(err)),
                                err.__traceback__)
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self._readarg_line()[:-1].decode("ascii")
        name = self._readarg_line()[:-1].decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())
    dispatch[INST[0]] = load_inst

    def load_obj(self):
        args = self.pop_mark()
        if not args:
            self._underflow()
        cls = args.pop(0)
        self._instantiate(cls, args)
    dispatch[OBJ[0]] = load_obj

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        self.append(cls.__new__(cls, *args))
    dispatch[NEWOBJ[0]] = load_newobj

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ_EX class argument must be a type, not %s"
                                  % type(cls).__name__)
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ_EX args argument must be a tuple, not %s"
                                  % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise UnpicklingError("NEWOBJ_EX kwargs argument must be a dict, not %s"
                                  % type(kwargs).__name__)
        self.append(cls.__new__(cls, *args, **kwargs))
    dispatch[NEWOBJ_EX[0]] = load_newobj_ex

    def load_global(self):
        module = self._readarg_line()[:-1].decode("utf-8")
        name = self._readarg_line()[:-1].decode("utf-8")
        self.append(self.find_class(module, name))
    dispatch[GLOBAL[0]] = load_global

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))
    dispatch[STACK_GLOBAL[0]] = load_stack_global

    def load_ext1(self):
        self.get_extension(self._readexact(1)[0])
    dispatch[EXT1[0]] = load_ext1

    def load_ext2(self):
        self.get_extension(unpack('<H', self._readexact(2))[0])
    dispatch[EXT2[0]] = load_ext2

    def load_ext4(self):
        self.get_extension(unpack('<i', self._readexact(4))[0])
    dispatch[EXT4[0]] = load_ext4

    def get_extension(self, code):
        obj = _extension_cache.get(code, _extension_cache)
        if obj is not _extension_cache:
            self.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self.append(obj)

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _compat_pickle.NAME_MAPPING:
                module, name = _compat_pickle.NAME_MAPPING[(module, name)]
            elif module in _compat_pickle.IMPORT_MAPPING:
                module = _compat_pickle.IMPORT_MAPPING[module]
        if module == 're' and name == '_compile':
            return _re_compile()
        __import__(module, level=0)
        mod = sys.modules[module]
        if self.proto >= 4:
            return _getattribute(mod, name)[0]
        try:
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}".format(name, mod)) from None

    def load_reduce(self):
        args = self._pop()
        func = self._top()
        if not isinstance(args, tuple):
            raise TypeError("argument list must be a tuple")
        self.stack[-1] = func(*args)
    dispatch[REDUCE[0]] = load_reduce

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        elif self.metastack:
            self.pop_mark()
        else:
            self._underflow()
    dispatch[POP[0]] = load_pop

    def load_pop_mark(self):
        self.pop_mark()
    dispatch[POP_MARK[0]] = load_pop_mark

    def load_dup(self):
        self.append(self._top())
    dispatch[DUP[0]] = load_dup

    def _memo_get(self, i):
        try:
            self.append(self.memo[i])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) from None

    def load_get(self):
        self._memo_get(int(self._readarg_line()[:-1]))
    dispatch[GET[0]] = load_get

    def load_binget(self):
        self._memo_get(self._readexact(1)[0])
    dispatch[BINGET[0]] = load_binget

    def load_long_binget(self):
        self._memo_get(unpack('<I', self._readexact(4))[0])
    dispatch[LONG_BINGET[0]] = load_long_binget

    def load_put(self):
        i = int(self._readarg_line()[:-1])
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self._top()
    dispatch[PUT[0]] = load_put

    def load_binput(self):
        i = self._readexact(1)[0]
        self.memo[i] = self._top()
    dispatch[BINPUT[0]] = load_binput

    def load_long_binput(self):
        i, = unpack('<I', self._readexact(4))
        if i > sys.maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self.memo[i] = self._top()
    dispatch[LONG_BINPUT[0]] = load_long_binput

    def load_memoize(self):
        self.memo[len(self.memo)] = self._top()
    dispatch[MEMOIZE[0]] = load_memoize

    def load_append(self):
        value = self._pop()
        lst = self._top()
        lst.append(value)
    dispatch[APPEND[0]] = load_append

    def load_appends(self):
        items = self.pop_mark()
        list_obj = self._top()
        try:
            extend = list_obj.extend
        except AttributeError:
            pass
        else:
            extend(items)
            return
        append = list_obj.append
        for item in items:
            append(item)
    dispatch[APPENDS[0]] = load_appends

    def load_setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value
    dispatch[SETITEM[0]] = load_setitem

    def load_setitems(self):
        items = self.pop_mark()
        d = self._top()
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]
    dispatch[SETITEMS[0]] = load_setitems

    def load_additems(self):
        items = self.pop_mark()
        set_obj = self._top()
        if isinstance(set_obj, set):
            set_obj.update(items)
        else:
            add = set_obj.add
            for item in items:
                add(item)
    dispatch[ADDITEMS[0]] = load_additems

    def load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state is not None:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            inst_dict = inst.__dict__
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[sys.intern(k)] = v
                else:
                    inst_dict[k] = v
        if slotstate is not None:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for k, v in slotstate.items():
                setattr(inst, k, v)
    dispatch[BUILD[0]] = load_build

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append
    dispatch[MARK[0]] = load_mark

    def load_stop(self):
        value = self._pop()
        raise _Stop(value)
    dispatch[STOP[0]] = load_stop


# CPython defines these in its _pickle accelerator module.
for _cls in (PickleError, PicklingError, UnpicklingError, Pickler, Unpickler, PickleBuffer):
    _cls.__module__ = '_pickle'
PickleBuffer.__module__ = 'pickle'
del _cls


# --- shorthands ---------------------------------------------------------------------------

def _fast_dumps(obj, protocol, buffer_callback):
    """The pickle from the native writer (plain data, protocols 2-5), or None."""
    if buffer_callback is not None:
        return None
    if protocol is None:
        protocol = DEFAULT_PROTOCOL
    elif type(protocol) is not int:
        return None
    elif protocol < 0:
        protocol = HIGHEST_PROTOCOL
    return _fast.dumps(obj, protocol)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    data = _fast_dumps(obj, protocol, buffer_callback)
    if data is not None and hasattr(file, 'write'):
        file.write(data)
        return
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    f = io.BytesIO()
    Pickler(f, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return f.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
    if isinstance(data, memoryview):
        data = data.tobytes()
    file = io.BytesIO(data)
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


# CPython exposes the pure-Python implementation under these names as well.
_Pickler = Pickler
_Unpickler = Unpickler
_dump = dump
_dumps = dumps
_load = load
_loads = loads

# pickle.dumps / pickle.loads are builtins trying the native paths first (plain data, binary protocols).
dumps = _fast.wrap_dumps(_dumps)
loads = _fast.wrap_loads(_loads)


# CPython runs this module as C code (Modules/_pickle.c): its frames add no traceback entries
# (Interpreter/NativeStandIns.cs).
import _sharpy_traceback  # noqa: E402
_sharpy_traceback.native_stand_in(globals())
del _sharpy_traceback
