"""xz/lzma compression (Sharpy: CPython 3.11's API over the system liblzma via _sharpy_lzma).

The same library does the work, so compressed bytes equal CPython's for the same settings.
"""

import _sharpy_lzma as _n
from bz2 import _CompressedFile, _bytes, _text_mode_checks, _text_wrapper

__all__ = [
    "CHECK_NONE", "CHECK_CRC32", "CHECK_CRC64", "CHECK_SHA256", "CHECK_ID_MAX", "CHECK_UNKNOWN",
    "FILTER_LZMA1", "FILTER_LZMA2", "FILTER_DELTA", "FILTER_X86", "FILTER_IA64", "FILTER_ARM",
    "FILTER_ARMTHUMB", "FILTER_POWERPC", "FILTER_SPARC", "FORMAT_AUTO", "FORMAT_XZ", "FORMAT_ALONE",
    "FORMAT_RAW", "MF_HC3", "MF_HC4", "MF_BT2", "MF_BT3", "MF_BT4", "MODE_FAST", "MODE_NORMAL",
    "PRESET_DEFAULT", "PRESET_EXTREME", "LZMACompressor", "LZMADecompressor", "LZMAFile", "LZMAError",
    "open", "compress", "decompress", "is_check_supported",
]

FORMAT_AUTO, FORMAT_XZ, FORMAT_ALONE, FORMAT_RAW = 0, 1, 2, 3
CHECK_NONE, CHECK_CRC32, CHECK_CRC64, CHECK_SHA256, CHECK_ID_MAX, CHECK_UNKNOWN = 0, 1, 4, 10, 15, 16
FILTER_LZMA1 = 0x4000000000000001
FILTER_LZMA2 = 0x21
FILTER_DELTA = 0x03
FILTER_X86, FILTER_POWERPC, FILTER_IA64, FILTER_ARM, FILTER_ARMTHUMB, FILTER_SPARC = 4, 5, 6, 7, 8, 9
MF_HC3, MF_HC4, MF_BT2, MF_BT3, MF_BT4 = 0x03, 0x04, 0x12, 0x13, 0x14
MODE_FAST, MODE_NORMAL = 1, 2
PRESET_DEFAULT = 6
PRESET_EXTREME = 0x80000000

_OK, _STREAM_END = 0, 1


class LZMAError(Exception):
    """Call to liblzma failed."""


LZMAError.__module__ = "_lzma"


def _lzma_error(rc):
    # CPython 3.11: Modules/_lzmamodule.c catch_lzma_error
    if rc == 5:
        return MemoryError()
    message = {3: "Unsupported integrity check", 6: "Memory usage limit exceeded",
               7: "Input format not supported by decoder", 8: "Invalid or unsupported options",
               9: "Corrupt input data", 10: "Insufficient buffer space", 11: "Internal error"}.get(rc)
    return LZMAError(message or f"Unrecognized error from liblzma: {rc}")


_LZMA_KEYS = ("preset", "dict_size", "lc", "lp", "pb", "mode", "nice_len", "mf", "depth")


def _filter_chain(filters):
    chain = []
    for spec in filters:
        if not isinstance(spec, dict):
            raise TypeError("Filter specifier must be a dict or dict-like object")
        if "id" not in spec:
            raise ValueError("Filter specifier must have an \"id\" entry")
        fid = spec["id"]
        if fid in (FILTER_LZMA1, FILTER_LZMA2):
            unknown = set(spec) - set(_LZMA_KEYS) - {"id"}
            if unknown:
                raise ValueError("Invalid filter specifier for LZMA filter")
            opts = [spec.get("preset", PRESET_DEFAULT)] + [spec.get(k, -1) for k in _LZMA_KEYS[1:]]
        elif fid == FILTER_DELTA:
            opts = [spec.get("dist", 1)]
        elif fid in (FILTER_X86, FILTER_POWERPC, FILTER_IA64, FILTER_ARM, FILTER_ARMTHUMB, FILTER_SPARC):
            opts = [spec["start_offset"]] if "start_offset" in spec else []
        else:
            raise ValueError(f"Invalid filter ID: {fid}")
        chain.append((fid, tuple(opts)))
    return chain


class LZMACompressor:
    def __init__(self, format=FORMAT_XZ, check=-1, preset=None, filters=None):
        if format not in (FORMAT_XZ, FORMAT_ALONE, FORMAT_RAW):
            raise ValueError(f"Invalid container format: {format}")
        if format != FORMAT_XZ and check not in (-1, CHECK_NONE):
            raise ValueError("Integrity checks are only supported by FORMAT_XZ")
        if preset is not None and filters is not None:
            raise ValueError("Cannot specify both preset and filter chain")
        if format == FORMAT_RAW and filters is None:
            raise ValueError("Must specify filters for FORMAT_RAW")
        if check == -1:
            check = CHECK_CRC64 if format == FORMAT_XZ else CHECK_NONE
        if preset is None:
            preset = PRESET_DEFAULT
        chain = None if filters is None else _filter_chain(filters)
        self._stream, rc = _n.encoder(format, check, preset, chain)
        if self._stream is None:
            raise _lzma_error(rc)
        self._flushed = False

    def compress(self, data, /):
        if self._flushed:
            raise ValueError("Compressor has been flushed")
        out, used, rc = _n.code(self._stream, bytes(_bytes(data)), False, -1)
        if rc not in (_OK, _STREAM_END):
            raise _lzma_error(rc)
        return out

    def flush(self):
        if self._flushed:
            raise ValueError("Repeated call to flush()")
        self._flushed = True
        out, used, rc = _n.code(self._stream, b"", True, -1)
        _n.end(self._stream)
        if rc not in (_OK, _STREAM_END):
            raise _lzma_error(rc)
        return out

    def __reduce__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' object")


class LZMADecompressor:
    def __init__(self, format=FORMAT_AUTO, memlimit=None, filters=None):
        if format not in (FORMAT_AUTO, FORMAT_XZ, FORMAT_ALONE, FORMAT_RAW):
            raise ValueError(f"Invalid container format: {format}")
        if memlimit is not None and format == FORMAT_RAW:
            raise ValueError("Cannot specify memory limit with FORMAT_RAW")
        if format == FORMAT_RAW and filters is None:
            raise ValueError("Must specify filters for FORMAT_RAW")
        if format != FORMAT_RAW and filters is not None:
            raise ValueError("Cannot specify filters except with FORMAT_RAW")
        chain = None if filters is None else _filter_chain(filters)
        self._stream, rc = _n.decoder(format, 2**64 - 1 if memlimit is None else memlimit, chain)
        if self._stream is None:
            raise _lzma_error(rc)
        self._format = format
        self.check = CHECK_NONE if format in (FORMAT_ALONE, FORMAT_RAW) else CHECK_UNKNOWN
        self.eof = False
        self.unused_data = b""
        self.needs_input = True
        self._pending = b""

    def decompress(self, data, max_length=-1):
        if self.eof:
            raise EOFError("End of stream already reached")
        data = self._pending + bytes(_bytes(data))
        out, used, rc = _n.code(self._stream, data, False, max_length)
        if self.check == CHECK_UNKNOWN and used:
            self.check = _n.get_check(self._stream)
        if rc == _STREAM_END:
            self.eof = True
            self.needs_input = False
            self.unused_data = data[used:]
            self._pending = b""
            _n.end(self._stream)
        elif rc != _OK:
            raise _lzma_error(rc)
        else:
            self._pending = data[used:]
            if self._pending:
                self.needs_input = False
            else:
                self.needs_input = not (0 <= max_length == len(out))
        return out

    def __reduce__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' object")


def is_check_supported(check_id, /):
    return _n.is_check_supported(check_id)


def compress(data, format=FORMAT_XZ, check=-1, preset=None, filters=None):
    comp = LZMACompressor(format, check, preset, filters)
    return comp.compress(data) + comp.flush()


def decompress(data, format=FORMAT_AUTO, memlimit=None, filters=None):
    data = bytes(_bytes(data))
    results = []
    while True:
        decomp = LZMADecompressor(format, memlimit, filters)
        try:
            res = decomp.decompress(data)
        except LZMAError:
            if results:
                break       # leftover data is not a valid stream: ignored
            raise
        results.append(res)
        if not decomp.eof:
            raise LZMAError("Compressed data ended before the end-of-stream marker was reached")
        data = decomp.unused_data
        if not data:
            break
    return b"".join(results)


class LZMAFile(_CompressedFile):
    """A file object reading or writing xz/lzma-compressed data."""

    def __init__(self, filename=None, mode="r", *, format=None, check=-1, preset=None, filters=None):
        if mode in ("r", "rb"):
            if check != -1:
                raise ValueError("Cannot specify an integrity check when opening a file for reading")
            if preset is not None:
                raise ValueError("Cannot specify a preset compression level when opening a file for reading")
            if format is None:
                format = FORMAT_AUTO
        elif format is None:
            format = FORMAT_XZ
        self._format, self._filters = format, filters
        self._open(filename, mode, lambda: LZMACompressor(format, check, preset, filters))

    def _load(self):
        if self._buffer is None:
            self._buffer = decompress(self._read_raw(), self._format, None, self._filters)
        return self._buffer


def open(filename, mode="rb", *, format=None, check=-1, preset=None, filters=None, encoding=None,
         errors=None, newline=None):
    _text_mode_checks(mode, encoding, errors, newline)
    binary_file = LZMAFile(filename, mode.replace("t", ""), format=format, check=check, preset=preset,
                           filters=filters)
    if "t" in mode:
        return _text_wrapper(binary_file, encoding, errors, newline)
    return binary_file
