"""A slow but portable dbm clone written in Python.

Files (same layout as CPython's, so databases are interchangeable):
  NAME.dat  the values, each starting on a 512-byte block boundary;
  NAME.dir  the index, one line per key: repr(key as Latin-1 text), repr((offset, size));
  NAME.bak  the previous index, kept when the index is rewritten.
New keys are appended to the index at once; the whole index is rewritten on sync/close
when entries were changed or deleted.
"""

import ast as _ast
import collections.abc
import io as _io
import os as _os

__all__ = ["error", "open"]

_BLOCKSIZE = 512

error = OSError


def _as_key(key):
    return key.encode('utf-8') if isinstance(key, str) else key


def _blocks(size):
    return (size + _BLOCKSIZE - 1) // _BLOCKSIZE


class _Database(collections.abc.MutableMapping):

    def __init__(self, filebasename, mode, flag='c'):
        base = _os.fsencode(filebasename)
        self._mode = mode
        self._readonly = flag == 'r'
        self._dirfile = base + b'.dir'
        self._datfile = base + b'.dat'
        self._bakfile = base + b'.bak'
        self._index = None          # key bytes -> (offset, size); None once closed
        self._prepare_data_file(flag)
        self._load_index(flag)

    # -- files -------------------------------------------------------------------------

    def _prepare_data_file(self, flag):
        if flag == 'n':
            for name in (self._datfile, self._bakfile, self._dirfile):
                try:
                    _os.remove(name)
                except OSError:
                    pass
        try:
            _io.open(self._datfile, 'r', encoding='Latin-1').close()
        except OSError:
            if flag not in ('c', 'n'):
                raise
            with _io.open(self._datfile, 'w', encoding='Latin-1'):
                self._chmod(self._datfile)

    def _load_index(self, flag):
        self._modified = False
        self._index = {}
        try:
            f = _io.open(self._dirfile, 'r', encoding='Latin-1')
        except OSError:
            if flag not in ('c', 'n'):
                raise
            self._modified = True
            return
        with f:
            for line in f:
                key, where = _ast.literal_eval(line.rstrip())
                self._index[key.encode('Latin-1')] = where

    @staticmethod
    def _index_line(key, where):
        return "%r, %r\n" % (key.decode('Latin-1'), where)

    def _commit(self):
        if self._index is None or not self._modified:
            return
        try:
            _os.unlink(self._bakfile)
        except OSError:
            pass
        try:
            _os.rename(self._dirfile, self._bakfile)
        except OSError:
            pass
        with _io.open(self._dirfile, 'w', encoding='Latin-1') as f:
            self._chmod(self._dirfile)
            for key, where in self._index.items():
                f.write(self._index_line(key, where))

    sync = _commit

    def _chmod(self, path):
        _os.chmod(path, self._mode)

    def _append_value(self, val):
        with _io.open(self._datfile, 'rb+') as f:
            end = f.seek(0, 2)
            start = _blocks(end) * _BLOCKSIZE
            f.write(b'\0' * (start - end))
            f.write(val)
        return (start, len(val))

    def _overwrite_value(self, pos, val):
        with _io.open(self._datfile, 'rb+') as f:
            f.seek(pos)
            f.write(val)
        return (pos, len(val))

    def _add_key(self, key, where):
        self._index[key] = where
        with _io.open(self._dirfile, 'a', encoding='Latin-1') as f:
            self._chmod(self._dirfile)
            f.write(self._index_line(key, where))

    # -- mapping -----------------------------------------------------------------------

    def _verify_open(self):
        if self._index is None:
            raise error('DBM object has already been closed')

    def _check_writable(self):
        if self._readonly:
            raise error('The database is opened for reading only')

    def __getitem__(self, key):
        key = _as_key(key)
        self._verify_open()
        pos, size = self._index[key]
        with _io.open(self._datfile, 'rb') as f:
            f.seek(pos)
            return f.read(size)

    def __setitem__(self, key, val):
        self._check_writable()
        if isinstance(key, str):
            key = key.encode('utf-8')
        elif not isinstance(key, (bytes, bytearray)):
            raise TypeError("keys must be bytes or strings")
        if isinstance(val, str):
            val = val.encode('utf-8')
        elif not isinstance(val, (bytes, bytearray)):
            raise TypeError("values must be bytes or strings")
        self._verify_open()
        self._modified = True
        if key not in self._index:
            self._add_key(key, self._append_value(val))
            return
        pos, size = self._index[key]
        if _blocks(len(val)) <= _blocks(size):
            self._index[key] = self._overwrite_value(pos, val)
        else:
            self._index[key] = self._append_value(val)

    def __delitem__(self, key):
        self._check_writable()
        key = _as_key(key)
        self._verify_open()
        self._modified = True
        del self._index[key]
        # The space in .dat is not reclaimed; the index is rewritten at once.
        self._commit()

    def keys(self):
        self._verify_open()
        return list(self._index)

    def items(self):
        self._verify_open()
        return [(key, self[key]) for key in self._index]

    def __contains__(self, key):
        key = _as_key(key)
        self._verify_open()
        return key in self._index

    def iterkeys(self):
        self._verify_open()
        return iter(self._index)

    __iter__ = iterkeys

    def __len__(self):
        self._verify_open()
        return len(self._index)

    def close(self):
        try:
            self._commit()
        finally:
            self._index = self._datfile = self._dirfile = self._bakfile = None

    __del__ = close

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def open(file, flag='c', mode=0o666):
    """Open (by default create) the dumb database `file` (a base name without extension).

    flag is 'r' (read-only), 'w' (read-write), 'c' (create if missing) or 'n' (new, empty);
    mode is the permission of created files, reduced by the umask.
    """
    umask = _os.umask(0)
    _os.umask(umask)
    mode &= ~umask
    if flag not in ('r', 'w', 'c', 'n'):
        raise ValueError("Flag must be one of 'r', 'w', 'c', or 'n'")
    return _Database(file, mode, flag=flag)
