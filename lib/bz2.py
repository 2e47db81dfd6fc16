"""bzip2 compression (Sharpy: CPython 3.11's API over the system libbz2 via _sharpy_bz2).

The same library does the work, so compressed bytes equal CPython's. BZ2File reads a file's
whole decompressed content on first read (kept in memory) and streams writes.
"""

import builtins
import io
import os
import _sharpy_bz2 as _n

__all__ = ["BZ2File", "BZ2Compressor", "BZ2Decompressor", "open", "compress", "decompress"]

_BZ_STREAM_END = 4


def _bz2_error(rc):
    # CPython 3.11: Modules/_bz2module.c catch_bz2_error
    if rc == -2:
        return ValueError("Internal error - invalid parameters passed to libbzip2")
    if rc == -3:
        return MemoryError()
    if rc in (-4, -5):
        return OSError("Invalid data stream")
    if rc == -6:
        return OSError("Unknown I/O error")
    if rc == -7:
        return EOFError("Compressed file ended before the logical end-of-stream was detected")
    if rc == -1:
        return RuntimeError("Internal error - Invalid sequence of commands sent to libbzip2")
    return OSError(f"Unrecognized error from libbzip2: {rc}")


def _bytes(data):
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, memoryview):
        return data.tobytes()
    raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


class BZ2Compressor:
    """Incremental compressor: compress() pieces, then flush() once."""

    def __init__(self, compresslevel=9, /):
        if isinstance(compresslevel, float):
            raise TypeError("'float' object cannot be interpreted as an integer")
        if not 1 <= compresslevel <= 9:
            raise ValueError("compresslevel must be between 1 and 9")
        self._stream, rc = _n.compressor(compresslevel)
        if self._stream is None:
            raise _bz2_error(rc)
        self._flushed = False

    def compress(self, data, /):
        if self._flushed:
            raise ValueError("Compressor has been flushed")
        out, rc = _n.compress(self._stream, _bytes(data), False)
        if rc < 0:
            raise _bz2_error(rc)
        return out

    def flush(self):
        if self._flushed:
            raise ValueError("Repeated call to flush()")
        self._flushed = True
        out, rc = _n.compress(self._stream, b"", True)
        _n.end(self._stream)
        if rc < 0:
            raise _bz2_error(rc)
        return out

    def __reduce__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' object")


class BZ2Decompressor:
    """Incremental decompressor for one bzip2 stream (eof, unused_data, needs_input)."""

    def __init__(self):
        self._stream, rc = _n.decompressor()
        if self._stream is None:
            raise _bz2_error(rc)
        self.eof = False
        self.unused_data = b""
        self.needs_input = True
        self._pending = b""

    def decompress(self, data, max_length=-1):
        if self.eof:
            raise EOFError("End of stream already reached")
        data = self._pending + bytes(_bytes(data))
        out, used, rc = _n.decompress(self._stream, data, max_length)
        if rc == _BZ_STREAM_END:
            self.eof = True
            self.needs_input = False
            self.unused_data = data[used:]
            self._pending = b""
            _n.end(self._stream)
        elif rc < 0:
            raise _bz2_error(rc)
        else:
            self._pending = data[used:]
            if self._pending:
                self.needs_input = False
            else:
                self.needs_input = not (0 <= max_length == len(out))
        return out

    def __reduce__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' object")


def compress(data, compresslevel=9):
    comp = BZ2Compressor(compresslevel)
    return comp.compress(data) + comp.flush()


def decompress(data):
    data = bytes(_bytes(data))
    results = []
    while data:
        decomp = BZ2Decompressor()
        try:
            res = decomp.decompress(data)
        except OSError:
            if results:
                break       # trailing garbage after a complete stream is ignored
            raise
        results.append(res)
        if not decomp.eof:
            raise ValueError("Compressed data ended before the end-of-stream marker was reached")
        data = decomp.unused_data
    return b"".join(results)


_MODE_CLOSED, _MODE_READ, _MODE_WRITE = 0, 1, 2


class _CompressedFile(io.BufferedIOBase if hasattr(io, "BufferedIOBase") else object):
    """Shared by BZ2File and LZMAFile: a file object over a compressed stream."""

    _decompress_all = None      # set by subclasses: bytes -> bytes (all streams)

    def _open(self, filename, mode, make_compressor):
        self._fp = None
        self._closefp = False
        self._mode = _MODE_CLOSED
        self._buffer = None
        self._pos = 0
        if mode in ("", "r", "rb"):
            mode = "rb"
            mode_code = _MODE_READ
        elif mode in ("w", "wb"):
            mode = "wb"
            mode_code = _MODE_WRITE
        elif mode in ("x", "xb"):
            mode = "xb"
            mode_code = _MODE_WRITE
        elif mode in ("a", "ab"):
            mode = "ab"
            mode_code = _MODE_WRITE
        else:
            raise ValueError("Invalid mode: %r" % (mode,))
        if isinstance(filename, (str, bytes, os.PathLike)):
            self._fp = builtins.open(filename, mode)
            self._closefp = True
        elif hasattr(filename, "read") or hasattr(filename, "write"):
            self._fp = filename
        else:
            raise TypeError("filename must be a str, bytes, file or PathLike object")
        self._mode = mode_code
        if mode_code == _MODE_WRITE:
            self._compressor = make_compressor()

    def _check_not_closed(self):
        if self._mode == _MODE_CLOSED:
            raise ValueError("I/O operation on closed file")

    def _check_can_read(self):
        self._check_not_closed()
        if self._mode != _MODE_READ:
            raise io.UnsupportedOperation("File not open for reading")

    def _check_can_write(self):
        self._check_not_closed()
        if self._mode != _MODE_WRITE:
            raise io.UnsupportedOperation("File not open for writing")

    def _load(self):
        if self._buffer is None:
            self._buffer = type(self)._decompress_all(self._read_raw())
        return self._buffer

    def _read_raw(self):
        raw = self._fp.read()
        if not raw:
            raise EOFError("Compressed file ended before the end-of-stream marker was reached")
        return raw

    @property
    def closed(self):
        return self._mode == _MODE_CLOSED

    def close(self):
        if self._mode == _MODE_CLOSED:
            return
        try:
            if self._mode == _MODE_WRITE:
                self._fp.write(self._compressor.flush())
                self._compressor = None
        finally:
            try:
                if self._closefp:
                    self._fp.close()
            finally:
                self._fp = None
                self._closefp = False
                self._mode = _MODE_CLOSED
                self._buffer = None

    def fileno(self):
        self._check_not_closed()
        return self._fp.fileno()

    def seekable(self):
        return self.readable() and self._fp.seekable()

    def readable(self):
        self._check_not_closed()
        return self._mode == _MODE_READ

    def writable(self):
        self._check_not_closed()
        return self._mode == _MODE_WRITE

    def peek(self, n=0):
        self._check_can_read()
        data = self._load()
        return data[self._pos:]

    def read(self, size=-1):
        self._check_can_read()
        data = self._load()
        if size is None or size < 0:
            end = len(data)
        else:
            end = min(len(data), self._pos + size)
        chunk = data[self._pos:end]
        self._pos = end
        return chunk

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check_can_read()
        data = self._load()
        end = data.find(b"\n", self._pos)
        end = len(data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        chunk = data[self._pos:end]
        self._pos = end
        return chunk

    def readlines(self, size=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if size is not None and 0 < size <= total:
                break
        return lines

    def __iter__(self):
        self._check_can_read()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        self._check_can_write()
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        self._fp.write(self._compressor.compress(data))
        self._pos += length
        return length

    def writelines(self, seq):
        for line in seq:
            self.write(line)

    def flush(self):
        self._check_not_closed()

    def seek(self, offset, whence=io.SEEK_SET):
        self._check_can_read()
        if not self._fp.seekable() if hasattr(self._fp, "seekable") else False:
            raise io.UnsupportedOperation("The underlying file object does not support seeking")
        data = self._load()
        if whence == io.SEEK_SET:
            pos = offset
        elif whence == io.SEEK_CUR:
            pos = self._pos + offset
        elif whence == io.SEEK_END:
            pos = len(data) + offset
        else:
            raise ValueError("Invalid value for whence: {}".format(whence))
        self._pos = max(0, min(pos, len(data)))
        return self._pos

    def tell(self):
        self._check_not_closed()
        return self._pos

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *exc):
        self.close()


class BZ2File(_CompressedFile):
    """A file object reading or writing bzip2-compressed data."""

    _decompress_all = staticmethod(decompress)

    def __init__(self, filename, mode="r", *, compresslevel=9):
        if not 1 <= compresslevel <= 9:
            raise ValueError("compresslevel must be between 1 and 9")
        self._open(filename, mode, lambda: BZ2Compressor(compresslevel))


def _text_mode_checks(mode, encoding, errors, newline):
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")


def _text_wrapper(binary_file, encoding, errors, newline):
    import gzip
    return gzip._TextWrapper(binary_file, encoding or "utf-8", errors or "strict", newline)


def open(filename, mode="rb", compresslevel=9, encoding=None, errors=None, newline=None):
    _text_mode_checks(mode, encoding, errors, newline)
    binary_file = BZ2File(filename, mode.replace("t", ""), compresslevel=compresslevel)
    if "t" in mode:
        return _text_wrapper(binary_file, encoding, errors, newline)
    return binary_file
