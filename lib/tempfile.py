"""Temporary files and directories (Sharpy's own tempfile)."""

import io as _io
import os as _os
import posix as _posix
import random as _random
import shutil as _shutil
import sys as _sys

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'SpooledTemporaryFile', 'TemporaryDirectory',
           'mkstemp', 'mkdtemp', 'mktemp', 'TMP_MAX', 'gettempprefix', 'tempdir', 'gettempdir',
           'gettempprefixb', 'gettempdirb']

TMP_MAX = 10000
template = 'tmp'
tempdir = None

# os.O_* values for Linux (tempfile opens through posix.open to get a file descriptor).
_O_RDWR = 0o2
_O_CREAT = 0o100
_O_EXCL = 0o200
_O_NOFOLLOW = 0o400000


class _RandomNameSequence:
    characters = 'abcdefghijklmnopqrstuvwxyz0123456789_'

    def __init__(self):
        self._rng = _random.Random(int.from_bytes(_os.urandom(8), 'little'))

    def __iter__(self):
        return self

    def __next__(self):
        return ''.join(self._rng.choice(self.characters) for _ in range(8))


_name_sequence = None


def _get_candidate_names():
    global _name_sequence
    if _name_sequence is None:
        _name_sequence = _RandomNameSequence()
    return _name_sequence


def _candidate_tempdir_list():
    dirlist = []
    for envname in 'TMPDIR', 'TEMP', 'TMP':
        dirname = _os.getenv(envname)
        if dirname:
            dirlist.append(dirname)
    dirlist.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirlist.append(_os.getcwd())
    except OSError:
        dirlist.append(_os.curdir)
    return dirlist


def _get_default_tempdir():
    for dir in _candidate_tempdir_list():
        if dir != _os.curdir:
            dir = _os.path.abspath(dir)
        if _os.path.isdir(dir) and _os.access(dir, 7):
            return dir
    raise FileNotFoundError(2, 'No usable temporary directory found in %s'
                            % _candidate_tempdir_list())


def gettempprefix():
    return template


def gettempprefixb():
    return _os.fsencode(template)


def gettempdir():
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return _os.fsdecode(tempdir)


def gettempdirb():
    return _os.fsencode(gettempdir())


def _sanitize_params(prefix, suffix, dir):
    output_type = str
    for arg in (prefix, suffix, dir):
        if isinstance(arg, bytes):
            output_type = bytes
    if suffix is None:
        suffix = output_type()
    if prefix is None:
        prefix = template if output_type is str else _os.fsencode(template)
    if dir is None:
        dir = gettempdir() if output_type is str else gettempdirb()
    return prefix, suffix, _os.fspath(dir), output_type


def _names(dir, prefix, suffix, output_type):
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        name = next(names)
        if output_type is bytes:
            name = _os.fsencode(name)
        yield _os.path.join(dir, prefix + name + suffix)
    raise FileExistsError(17, 'No usable temporary file name found')


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    for file in _names(dir, prefix, suffix, output_type):
        try:
            fd = _posix.open(file, _O_RDWR | _O_CREAT | _O_EXCL | _O_NOFOLLOW, 0o600)
        except FileExistsError:
            continue
        return fd, _os.path.abspath(file)


def mkdtemp(suffix=None, prefix=None, dir=None):
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    for file in _names(dir, prefix, suffix, output_type):
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return file


def mktemp(suffix='', prefix=template, dir=None):
    if dir is None:
        dir = gettempdir()
    for file in _names(dir, prefix, suffix, str):
        if not _os.path.lexists(file):
            return file


def _create_file(mode, prefix, suffix, dir, encoding, errors, newline):
    """Creates a fresh file (exclusive) and opens it with a builtin file object."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    excl_mode = mode.replace('w', 'x').replace('a', 'x')
    if 'x' not in excl_mode:
        excl_mode = 'x' + excl_mode.replace('r', '')
        if '+' not in excl_mode:
            excl_mode += '+'
    for file in _names(dir, prefix, suffix, output_type):
        try:
            f = _io.open(_os.fsdecode(file), excl_mode, encoding=encoding, errors=errors,
                         newline=newline)
        except FileExistsError:
            continue
        return f, _os.path.abspath(file)


def _at_exit(callback):
    """Run callback at interpreter exit (CPython uses weakref.finalize, which also runs then)."""
    try:
        import atexit
        atexit.register(callback)
    except ImportError:
        pass


class _TemporaryFileWrapper:
    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False
        if delete:
            _at_exit(self.close)

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self.close()
        return result

    def close(self):
        if not self._closed:
            self._closed = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        _os.unlink(self.name)
                    except FileNotFoundError:
                        pass

    def __iter__(self):
        for line in self.file:
            yield line

    def __repr__(self):
        return '<tempfile._TemporaryFileWrapper object at 0x%x>' % id(self)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    if 'b' not in mode and encoding is None:
        encoding = 'utf-8'
    file, name = _create_file(mode, prefix, suffix, dir, encoding, errors, newline)
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    if 'b' not in mode and encoding is None:
        encoding = 'utf-8'
    file, name = _create_file(mode, prefix, suffix, dir, encoding, errors, newline)
    # POSIX lets an open file outlive its directory entry, like CPython's O_TMPFILE files.
    _os.unlink(name)
    return file


class SpooledTemporaryFile:
    """Data kept in memory (BytesIO/StringIO) until max_size, then moved to a real file."""

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = _io.BytesIO()
        else:
            self._file = _io.StringIO(newline='\n')
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {'mode': mode, 'buffering': buffering, 'suffix': suffix,
                                   'prefix': prefix, 'encoding': encoding, 'newline': newline,
                                   'dir': dir, 'errors': errors}

    def _check(self, file):
        if self._rolled:
            return
        max_size = self._max_size
        if max_size and file.tell() > max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        file = self._file
        newfile = self._file = TemporaryFile(**self._TemporaryFileArgs)
        newfile.write(file.getvalue())
        newfile.seek(file.tell(), 0)
        self._rolled = True

    def __enter__(self):
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    def read(self, *args):
        return self._file.read(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        file = self._file
        rv = file.writelines(iterable)
        self._check(file)
        return rv

    def flush(self):
        self._file.flush()

    def getvalue(self):
        return self._file.getvalue()


class TemporaryDirectory:
    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._closed = False
        _at_exit(self.cleanup)

    def __repr__(self):
        return '<{} {!r}>'.format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._closed and _os.path.exists(self.name):
            self._closed = True
            _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
        self._closed = True

    @classmethod
    def __class_getitem__(cls, item):
        return cls
