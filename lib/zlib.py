"""zlib compression (Sharpy: CPython's API over the system zlib via the native _zlib module).

Because the same zlib library does the work, compressed output is byte-identical to CPython's.
"""

import _zlib

__all__ = ['compress', 'decompress', 'compressobj', 'decompressobj', 'crc32', 'adler32', 'error']

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_DEFAULT_STRATEGY = 0
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_VERSION = _zlib.ZLIB_VERSION
ZLIB_RUNTIME_VERSION = _zlib.ZLIB_VERSION

_Z_OK, _Z_STREAM_END, _Z_NEED_DICT = 0, 1, 2
_Z_STREAM_ERROR, _Z_DATA_ERROR, _Z_MEM_ERROR, _Z_BUF_ERROR, _Z_VERSION_ERROR = -2, -3, -4, -5, -6


class error(Exception):
    pass


error.__module__ = 'zlib'


def _zerror(err, msg, zmsg=None):
    # CPython 3.11: Modules/zlibmodule.c zlib_error
    if err == _Z_VERSION_ERROR:
        zmsg = 'library version mismatch'
    if zmsg is None:
        zmsg = {_Z_BUF_ERROR: 'incomplete or truncated stream',
                _Z_STREAM_ERROR: 'inconsistent stream state',
                _Z_DATA_ERROR: 'invalid input data'}.get(err)
    if zmsg is None:
        return error(f'Error {err} {msg}')
    return error(f'Error {err} {msg}: {zmsg}')


_memoryview = getattr(__import__('builtins'), 'memoryview', None)


def _buffer(data):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if _memoryview is not None and isinstance(data, _memoryview):
        return data.tobytes()
    if hasattr(type(data), 'tobytes') and hasattr(data, 'typecode'):
        return data.tobytes()
    raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


def _int(v):
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    return int(v.__index__()) if not isinstance(v, int) else v


def crc32(data, value=0, /):
    return _zlib.crc32(_buffer(data), _int(value))


def adler32(data, value=1, /):
    return _zlib.adler32(_buffer(data), _int(value))


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    data = _buffer(data)
    handle, err = _zlib.deflate_init(_int(level), DEFLATED, _int(wbits), DEF_MEM_LEVEL,
                                     Z_DEFAULT_STRATEGY)
    if err == _Z_MEM_ERROR:
        raise MemoryError('Out of memory while compressing data')
    if err == _Z_STREAM_ERROR:
        raise error('Bad compression level')
    if err != _Z_OK:
        raise _zerror(err, 'while compressing data')
    try:
        out, err, zmsg = _zlib.deflate(handle, data, Z_FINISH)
        if err != _Z_STREAM_END:
            raise _zerror(err, 'while compressing data', zmsg)
        return out
    finally:
        _zlib.end(handle)


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    data = _buffer(data)
    if _int(bufsize) < 0:
        raise ValueError('bufsize must be non-negative')
    handle, err = _zlib.inflate_init(_int(wbits))
    if err == _Z_MEM_ERROR:
        raise MemoryError('Out of memory while decompressing data')
    if err != _Z_OK:
        raise _zerror(err, 'while preparing to decompress data')
    try:
        out, consumed, err, zmsg = _zlib.inflate(handle, data, 0, Z_FINISH if not data else Z_NO_FLUSH)
        if err == _Z_OK and consumed == len(data):
            more, _, err, zmsg = _zlib.inflate(handle, b'', 0, Z_FINISH)
            out += more
        if err == _Z_NEED_DICT:
            raise _zerror(err, 'while decompressing data', zmsg)
        if err != _Z_STREAM_END:
            if err == _Z_OK:
                err = _Z_BUF_ERROR
            raise _zerror(err, 'while decompressing data', zmsg)
        return out
    finally:
        _zlib.end(handle)


class Compress:
    """Object returned by compressobj()."""

    def __init__(self, _handle):
        self._handle = _handle
        self._finished = False

    def compress(self, data, /):
        data = _buffer(data)
        if self._handle is None:
            raise _zerror(_Z_STREAM_ERROR, 'while compressing data')
        out, err, zmsg = _zlib.deflate(self._handle, data, Z_NO_FLUSH)
        if err not in (_Z_OK, _Z_BUF_ERROR):
            raise _zerror(err, 'while compressing data', zmsg)
        return out

    def flush(self, mode=Z_FINISH, /):
        mode = _int(mode)
        if mode == Z_NO_FLUSH:
            return b''
        if self._handle is None:
            raise _zerror(_Z_STREAM_ERROR, 'while flushing')
        out, err, zmsg = _zlib.deflate(self._handle, b'', mode)
        if mode == Z_FINISH:
            if err != _Z_STREAM_END:
                raise _zerror(err, 'while flushing', zmsg)
            _zlib.end(self._handle)
            self._handle = None
        elif err not in (_Z_OK, _Z_BUF_ERROR):
            raise _zerror(err, 'while flushing', zmsg)
        return out

    def copy(self):
        if self._handle is None:
            raise ValueError('Inconsistent stream state')
        handle, err = _zlib.copy(self._handle)
        if err != _Z_OK:
            raise _zerror(err, 'while copying compression object')
        return Compress(handle)

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()


class Decompress:
    """Object returned by decompressobj()."""

    def __init__(self, _handle, zdict):
        self._handle = _handle
        self._zdict = zdict
        self.unused_data = b''
        self.unconsumed_tail = b''
        self.eof = False

    def _inflate(self, data, max_length, flush):
        out, consumed, err, zmsg = _zlib.inflate(self._handle, data, max_length, flush)
        if err == _Z_NEED_DICT and self._zdict is not None:
            derr = _zlib.set_dictionary(self._handle, self._zdict)
            if derr != _Z_OK:
                raise _zerror(derr, 'while setting zdict')
            more, consumed2, err, zmsg = _zlib.inflate(
                self._handle, data[consumed:], max_length - len(out) if max_length else 0, flush)
            out += more
            consumed += consumed2
        return out, consumed, err, zmsg

    def decompress(self, data, /, max_length=0):
        data = _buffer(data)
        max_length = _int(max_length)
        if max_length < 0:
            raise ValueError('max_length must be non-negative')
        if self._handle is None or self.eof:
            if self.eof:
                self.unused_data += data
                return b''
            raise _zerror(_Z_STREAM_ERROR, 'while decompressing data')
        out, consumed, err, zmsg = self._inflate(data, max_length, Z_SYNC_FLUSH)
        if err not in (_Z_OK, _Z_BUF_ERROR, _Z_STREAM_END):
            raise _zerror(err, 'while decompressing data', zmsg)
        rest = data[consumed:]
        if err == _Z_STREAM_END:
            self.eof = True
            self.unused_data += rest
            self.unconsumed_tail = b''
        else:
            self.unconsumed_tail = rest
        return out

    def flush(self, length=DEF_BUF_SIZE, /):
        length = _int(length)
        if length <= 0:
            raise ValueError('length must be greater than zero')
        if self._handle is None or self.eof:
            return b''
        data = self.unconsumed_tail
        out, consumed, err, zmsg = self._inflate(data, 0, Z_FINISH)
        rest = data[consumed:]
        if err == _Z_STREAM_END:
            self.eof = True
            self.unused_data += rest
            self.unconsumed_tail = b''
            _zlib.end(self._handle)
            self._handle = None
        else:
            self.unconsumed_tail = rest
        return out

    def copy(self):
        if self._handle is None:
            raise ValueError('Inconsistent stream state')
        handle, err = _zlib.copy(self._handle)
        if err != _Z_OK:
            raise _zerror(err, 'while copying decompression object')
        d = Decompress(handle, self._zdict)
        d.unused_data, d.unconsumed_tail, d.eof = self.unused_data, self.unconsumed_tail, self.eof
        return d

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()


Compress.__module__ = Decompress.__module__ = 'zlib'


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    handle, err = _zlib.deflate_init(_int(level), _int(method), _int(wbits), _int(memLevel),
                                     _int(strategy))
    if err == _Z_MEM_ERROR:
        raise MemoryError("Can't allocate memory for compression object")
    if err == _Z_STREAM_ERROR:
        raise ValueError('Invalid initialization option')
    if err != _Z_OK:
        raise _zerror(err, 'while creating compression object')
    if zdict is not None:
        derr = _zlib.set_dictionary(handle, _buffer(zdict))
        if derr != _Z_OK:
            _zlib.end(handle)
            raise ValueError('Invalid dictionary')
    return Compress(handle)


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    if zdict != b'' and not isinstance(zdict, (bytes, bytearray)) and \
            not (_memoryview is not None and isinstance(zdict, _memoryview)):
        raise TypeError('zdict argument must support the buffer protocol')
    handle, err = _zlib.inflate_init(_int(wbits))
    if err == _Z_STREAM_ERROR:
        raise ValueError('Invalid initialization option')
    if err != _Z_OK:
        raise _zerror(err, 'while creating decompression object')
    zd = _buffer(zdict) if zdict != b'' else None
    if zd is not None and wbits < 0:
        derr = _zlib.set_dictionary(handle, zd)
        if derr != _Z_OK:
            raise _zerror(derr, 'while setting zdict')
    return Decompress(handle, zd)


# CPython runs this module as C code (Modules/zlibmodule.c): its frames add no traceback entries
# (Interpreter/NativeStandIns.cs).
import _sharpy_traceback  # noqa: E402
_sharpy_traceback.native_stand_in(globals())
del _sharpy_traceback
