"""Sharpy's os module: CPython's os API over the native `posix` primitives."""

import abc as _abc
import sys
import posix as _posix
import posixpath as path

sys.modules['os.path'] = path

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
F_OK = 0
X_OK = 1
W_OK = 2
R_OK = 4
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
# Linux values of the open(2) flags.
O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_ACCMODE = 3
O_CREAT = 0o100
O_EXCL = 0o200
O_NOCTTY = 0o400
O_TRUNC = 0o1000
O_APPEND = 0o2000
O_NONBLOCK = O_NDELAY = 0o4000
O_DSYNC = 0o10000
O_SYNC = 0o4010000
O_DIRECTORY = 0o200000
O_NOFOLLOW = 0o400000
O_CLOEXEC = 0o2000000

error = OSError

getcwd = _posix.getcwd
getpid = _posix.getpid
_exit = _posix._exit
getppid = _posix.getppid
getuid = _posix.getuid
geteuid = _posix.geteuid
getgid = _posix.getgid
getegid = _posix.getegid
strerror = _posix.strerror
umask = _posix.umask
urandom = _posix.urandom
open = _posix.open
close = _posix.close
read = _posix.read
write = _posix.write
lseek = _posix.lseek
isatty = _posix.isatty
pipe = _posix.pipe
statvfs = _posix.statvfs
confstr = _posix.confstr
confstr_names = {'CS_PATH': 0, 'CS_GNU_LIBC_VERSION': 2, 'CS_GNU_LIBPTHREAD_VERSION': 3}


def fdopen(fd, mode='r', buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):  # frozen-line: 1026
        raise TypeError("fdopen() argument must be an int, not %s" % type(fd).__name__)
    import io  # frozen-line: 1028
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)  # frozen-line: 1031


class terminal_size(tuple):
    """A tuple of (columns, lines) for holding terminal window size."""
    n_fields = 2
    n_sequence_fields = 2
    n_unnamed_fields = 0

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 2:
            raise TypeError('os.terminal_size() takes a 2-sequence (%d-sequence given)' % len(seq))
        return tuple.__new__(cls, seq)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return 'os.terminal_size(columns=%r, lines=%r)' % (self[0], self[1])


def get_terminal_size(fd=1):
    return terminal_size(_posix.get_terminal_size(fd))


def cpu_count():
    return _posix.cpu_count()


class PathLike(_abc.ABC):
    """Abstract base class for objects with __fspath__."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError  # frozen-line: 1079

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:  # frozen-line: 1083
            for klass in subclass.__mro__:
                if '__fspath__' in klass.__dict__:
                    return klass.__dict__['__fspath__'] is not None
        return NotImplemented  # frozen-line: 1085


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    # Looked up on the type, as a special method; the TypeError is raised outside any handler (no chained
    # AttributeError, as in CPython's C version).
    method = getattr(path_type, '__fspath__', None)
    if method is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + path_type.__name__)
    path_repr = method(path)
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError("expected {}.__fspath__() to return str or bytes, not {}".format(
        path_type.__name__, type(path_repr).__name__))


def _p(p, fn, arg='path', fd=False, none=False):
    """A path argument as CPython's path_converter takes it; fd: the function also accepts a file descriptor,
    none: it also accepts None (the caller has replaced None already)."""
    if isinstance(p, (str, bytes)) or (fd and isinstance(p, int)):
        return p
    if hasattr(type(p), '__fspath__'):
        return fspath(p)
    kinds = ('string, bytes, os.PathLike, integer or None' if none else
             'string, bytes, os.PathLike or integer' if fd else 'string, bytes or os.PathLike')
    raise TypeError("%s: %s should be %s, not %s" % (fn, arg, kinds, type(p).__name__))


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode('utf-8', 'surrogateescape') if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode('utf-8', 'surrogateescape') if isinstance(filename, bytes) else filename


# ---- stat ------------------------------------------------------------------------------------

class stat_result(tuple):
    """os.stat_result: a 10-item struct sequence with extra attributes (times as float and ns)."""
    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
              'st_atime', 'st_mtime', 'st_ctime')

    def __new__(cls, seq, extra=None):
        seq = tuple(seq)
        if len(seq) < 10:
            raise TypeError("os.stat_result() takes an at least 10-sequence (%d-sequence given)" % len(seq))
        self = tuple.__new__(cls, seq[:10])
        self._extra = extra if extra is not None else {}
        return self

    def __repr__(self):
        return 'os.stat_result(' + ', '.join(
            '%s=%r' % (n, v) for n, v in zip(self._names, self)) + ')'

    def __reduce__(self):
        return (stat_result, (tuple(self), self._extra))

    def _x(name):
        return property(lambda self: self._extra.get(name))

    def _i(index):
        return property(lambda self: self[index])

    st_mode = _i(0)
    st_ino = _i(1)
    st_dev = _i(2)
    st_nlink = _i(3)
    st_uid = _i(4)
    st_gid = _i(5)
    st_size = _i(6)
    st_atime = _x('st_atime')
    st_mtime = _x('st_mtime')
    st_ctime = _x('st_ctime')
    st_atime_ns = _x('st_atime_ns')
    st_mtime_ns = _x('st_mtime_ns')
    st_ctime_ns = _x('st_ctime_ns')
    st_blksize = _x('st_blksize')
    st_blocks = _x('st_blocks')
    st_rdev = _x('st_rdev')
    del _x, _i


def _make_stat(raw):
    mode, ino, dev, nlink, uid, gid, size, atime_ns, mtime_ns, ctime_ns, blksize, blocks, rdev = raw
    extra = {
        'st_atime': atime_ns / 1e9, 'st_mtime': mtime_ns / 1e9, 'st_ctime': ctime_ns / 1e9,
        'st_atime_ns': atime_ns, 'st_mtime_ns': mtime_ns, 'st_ctime_ns': ctime_ns,
        'st_blksize': blksize, 'st_blocks': blocks, 'st_rdev': rdev,
    }
    return stat_result((mode, ino, dev, nlink, uid, gid, size,
                        atime_ns // 1000000000, mtime_ns // 1000000000, ctime_ns // 1000000000), extra)


def stat(path, *, dir_fd=None, follow_symlinks=True):
    path = _p(path, 'stat', fd=True)
    if isinstance(path, int):
        return _make_stat(_posix.fstat(path))
    return _make_stat(_posix.stat(path, follow_symlinks))


def lstat(path, *, dir_fd=None):
    return _make_stat(_posix.stat(_p(path, 'lstat'), False))


def fstat(fd):
    return _make_stat(_posix.fstat(fd))


fsync = _posix.fsync


def mkfifo(path, mode=0o666, *, dir_fd=None):
    if dir_fd is not None:
        raise NotImplementedError('dir_fd unavailable on this platform')
    _posix.mkfifo(_p(path, 'mkfifo'), mode)
ftruncate = _posix.ftruncate
kill = _posix.kill
getloadavg = _posix.getloadavg


def truncate(path, length):
    if isinstance(path, int):
        return _posix.ftruncate(path, length)
    _posix.truncate(_p(path, 'truncate', fd=True), length)


def link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True):
    _posix.link(_p(src, 'link', 'src'), _p(dst, 'link', 'dst'))


class uname_result(tuple):
    """posix.uname_result: (sysname, nodename, release, version, machine)."""
    n_fields = n_sequence_fields = 5
    n_unnamed_fields = 0
    _fields = ('sysname', 'nodename', 'release', 'version', 'machine')

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 5:
            raise TypeError("posix.uname_result() takes a 5-sequence (%d-sequence given)" % len(seq))
        return tuple.__new__(cls, seq)

    def __repr__(self):
        return 'posix.uname_result(' + ', '.join(
            '%s=%r' % (name, value) for name, value in zip(self._fields, self)) + ')'

    def __reduce__(self):
        return (uname_result, (tuple(self),))

    sysname = property(lambda self: self[0])
    nodename = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])


uname_result.__module__ = 'posix'


def uname():
    return uname_result(_posix.uname())


# ---- directories and files -------------------------------------------------------------------

def chdir(path):
    _posix.chdir(_p(path, 'chdir', fd=True))


def listdir(path=None):
    if path is None:
        path = '.'
    p = _p(path, 'listdir', none=True)
    if isinstance(p, bytes):
        return [n.encode() for n in _posix.listdir(p)]
    return _posix.listdir(p)


def mkdir(path, mode=0o777, *, dir_fd=None):
    _posix.mkdir(_p(path, 'mkdir'), mode)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)  # frozen-line: 210
    if not tail:  # frozen-line: 211
        head, tail = path.split(head)  # frozen-line: 212
    if head and tail and not path.exists(head):  # frozen-line: 213
        try:
            makedirs(head, exist_ok=exist_ok)  # frozen-line: 215
        except FileExistsError:
            pass  # frozen-line: 218
        if tail == curdir:
            return  # frozen-line: 223
    try:
        mkdir(name, mode)  # frozen-line: 225
    except OSError:
        if not exist_ok or not path.isdir(name):  # frozen-line: 229
            raise  # frozen-line: 230


def rmdir(path, *, dir_fd=None):
    _posix.rmdir(_p(path, 'rmdir'))


def removedirs(name):
    rmdir(name)  # frozen-line: 243
    head, tail = path.split(name)  # frozen-line: 244
    if not tail:  # frozen-line: 245
        head, tail = path.split(head)  # frozen-line: 246
    while head and tail:  # frozen-line: 247
        try:
            rmdir(head)  # frozen-line: 249
        except OSError:
            break  # frozen-line: 251
        head, tail = path.split(head)  # frozen-line: 252


def remove(path, *, dir_fd=None):
    _posix.unlink(_p(path, 'remove'))


def unlink(path, *, dir_fd=None):
    _posix.unlink(_p(path, 'unlink'))


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _posix.rename(_p(src, 'rename', 'src'), _p(dst, 'rename', 'dst'))


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _posix.rename(_p(src, 'replace', 'src'), _p(dst, 'replace', 'dst'))


def renames(old, new):
    head, tail = path.split(new)  # frozen-line: 269
    if head and tail and not path.exists(head):  # frozen-line: 270
        makedirs(head)  # frozen-line: 271
    rename(old, new)  # frozen-line: 272
    head, tail = path.split(old)  # frozen-line: 273
    if head and tail:  # frozen-line: 274
        try:
            removedirs(head)  # frozen-line: 276
        except OSError:
            pass  # frozen-line: 278


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    _posix.symlink(_p(src, 'symlink', 'src'), _p(dst, 'symlink', 'dst'))


def readlink(path, *, dir_fd=None):
    return _posix.readlink(_p(path, 'readlink'))


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    _posix.chmod(_p(path, 'chmod', fd=True), mode)


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    return _posix.access(_p(path, 'access'), mode)


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    p = _p(path, 'utime', fd=True)
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        _posix.utime(p, _to_ns(times[0]), _to_ns(times[1]), follow_symlinks)
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError("utime: 'ns' must be a tuple of two ints")
        _posix.utime(p, ns[0], ns[1], follow_symlinks)
    else:
        _posix.utime(p, None, None, follow_symlinks)


def _to_ns(t):
    if isinstance(t, int):
        return t * 1000000000
    return int(round(t * 1e9))


# ---- scandir ---------------------------------------------------------------------------------

class DirEntry:
    __slots__ = ('name', 'path', '_stat', '_lstat')

    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name)
        self._stat = None
        self._lstat = None

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)

    def __fspath__(self):
        return self.path

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return (self._mode(follow_symlinks) & 0o170000) == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return (self._mode(follow_symlinks) & 0o170000) == 0o100000

    def is_symlink(self):
        return (self._mode(False) & 0o170000) == 0o120000


class _ScandirIterator:
    def __init__(self, entries):
        self._it = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)

    def close(self):
        self._it = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path=None):
    if path is None:
        path = '.'
    p = _p(path, 'scandir', none=True)
    return _ScandirIterator([DirEntry(p, n) for n in _posix.listdir(p)])


def walk(top, topdown=True, onerror=None, followlinks=False):
    # Not a generator itself: a bad top fails at the call, as in CPython.
    sys.audit("os.walk", top, topdown, onerror, followlinks)  # frozen-line: 342
    return _walk(fspath(top), topdown, onerror, followlinks)  # frozen-line: 343


def _walk(top, topdown, onerror, followlinks):
    try:
        entries = list(scandir(top))
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs = []  # frozen-line: 346
    nondirs = []  # frozen-line: 347
    walk_into = []
    for entry in entries:
        try:
            is_dir = entry.is_dir()  # frozen-line: 377
        except OSError:
            is_dir = False  # frozen-line: 381
        if is_dir:  # frozen-line: 383
            dirs.append(entry.name)  # frozen-line: 384
            if not topdown:
                try:
                    walk_into.append(followlinks or not entry.is_symlink())
                except OSError:
                    walk_into.append(False)
        else:
            nondirs.append(entry.name)  # frozen-line: 386
    if topdown:  # frozen-line: 407
        yield top, dirs, nondirs  # frozen-line: 408
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for d, go in zip(dirs, walk_into):
            if go:
                yield from walk(path.join(top, d), topdown, onerror, followlinks)
        yield top, dirs, nondirs  # frozen-line: 425


# ---- environment -----------------------------------------------------------------------------

def encode(value):
    # CPython's environ encodes keys and values with a function of this name; tracebacks show it.
    if not isinstance(value, str):
        raise TypeError("str expected, not %s" % type(value).__name__)  # frozen-line: 758
    return value


_check_str = encode
del encode


class _Environ:
    """os.environ: a str -> str mapping that writes through to the process environment."""

    def __init__(self, data):
        self._data = data  # frozen-line: 672

    def __getitem__(self, key):
        try:
            value = self._data[_check_str(key)]  # frozen-line: 676
        except KeyError:
            raise KeyError(key) from None  # frozen-line: 679
        return value

    def __setitem__(self, key, value):
        key = _check_str(key)  # frozen-line: 683
        value = _check_str(value)  # frozen-line: 684
        _posix.putenv(key, value)
        self._data[key] = value  # frozen-line: 686

    def __delitem__(self, key):
        encodedkey = _check_str(key)  # frozen-line: 689
        _posix.unsetenv(encodedkey)
        try:
            del self._data[encodedkey]  # frozen-line: 692
        except KeyError:
            raise KeyError(key) from None  # frozen-line: 695

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)  # frozen-line: 704

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        return self._data == other

    def __repr__(self):
        return 'environ({%s})' % ', '.join('%r: %r' % (k, v) for k, v in self._data.items())

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        # Mapping.get in CPython: through __getitem__, so a non-str key is a TypeError.
        try:
            return self[key]
        except KeyError:
            return default

    def pop(self, key, *default):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def setdefault(self, key, default):
        if key not in self._data:
            self[key] = default
        return self._data[key]

    def update(self, other=(), **kwds):
        if hasattr(other, 'keys'):
            for k in other.keys():
                self[k] = other[k]
        else:
            for k, v in other:
                self[k] = v
        for k, v in kwds.items():
            self[k] = v

    def clear(self):
        for k in list(self._data):
            del self[k]

    def copy(self):
        return dict(self._data)

    def __or__(self, other):
        new = dict(self._data)
        new.update(other)  # frozen-line: 729
        return new  # frozen-line: 730

    def __ior__(self, other):
        self.update(other)  # frozen-line: 722
        return self  # frozen-line: 723


environ = _Environ(_posix._environ())


def getenv(key, default=None):
    return environ.get(key, default)  # frozen-line: 777


def putenv(key, value):
    _posix.putenv(key, value)


def unsetenv(key):
    _posix.unsetenv(key)


def get_exec_path(env=None):
    if env is None:  # frozen-line: 631
        env = environ  # frozen-line: 632
    return env.get('PATH', defpath).split(pathsep)


def system(command):
    """Run command in a shell; returns the wait status (exit code << 8, or the signal number)."""
    import subprocess
    code = subprocess.call(command, shell=True)
    return -code if code < 0 else code << 8


class _wrap_close:
    """The file object of popen(): close() returns None on success, else the wait status."""

    def __init__(self, stream, proc):
        self._stream = stream  # frozen-line: 1002
        self._proc = proc  # frozen-line: 1003

    def close(self):
        self._stream.close()  # frozen-line: 1005
        returncode = self._proc.wait()  # frozen-line: 1006
        if returncode == 0:  # frozen-line: 1007
            return None  # frozen-line: 1008
        return -returncode if returncode < 0 else returncode << 8

    def __enter__(self):
        return self  # frozen-line: 1014

    def __exit__(self, *args):
        self.close()  # frozen-line: 1016

    def __getattr__(self, name):
        return getattr(self._stream, name)  # frozen-line: 1018

    def __iter__(self):
        return iter(self._stream)  # frozen-line: 1020


def popen(cmd, mode="r", buffering=-1):
    """Open a pipe to or from the shell command cmd (text mode)."""
    if not isinstance(cmd, str):  # frozen-line: 979
        raise TypeError("invalid cmd type (%s, expected string)" % type(cmd))  # frozen-line: 980
    if mode not in ("r", "w"):  # frozen-line: 981
        raise ValueError("invalid mode %r" % mode)  # frozen-line: 982
    if buffering == 0 or buffering is None:  # frozen-line: 983
        raise ValueError("popen() does not support unbuffered streams")  # frozen-line: 984
    import subprocess  # frozen-line: 985
    if mode == "r":  # frozen-line: 986
        proc = subprocess.Popen(cmd, shell=True, text=True, stdout=subprocess.PIPE, bufsize=buffering)  # frozen-line: 987
        return _wrap_close(proc.stdout, proc)  # frozen-line: 991
    proc = subprocess.Popen(cmd, shell=True, text=True, stdin=subprocess.PIPE, bufsize=buffering)  # frozen-line: 993
    return _wrap_close(proc.stdin, proc)  # frozen-line: 997


# C functions of CPython's posix module: their frames add no traceback entries (Interpreter/NativeStandIns.cs).
# makedirs, removedirs, renames, walk, popen, fdopen, the environ mapping and getenv stay: Python code there too.
from _sharpy_traceback import native_stand_in as _native_stand_in  # noqa: E402
_native_stand_in(get_terminal_size, cpu_count, fspath, _p, _make_stat, stat, lstat, fstat, truncate, link,
                 uname_result, uname, chdir, listdir, mkdir, rmdir, remove, unlink, rename, replace, symlink, readlink,
                 chmod, access, utime, _to_ns, DirEntry, _ScandirIterator, scandir, putenv, unsetenv, system,
                 stat_result, terminal_size)
del _native_stand_in
# ... and they are the posix module's functions there.
for _f in (get_terminal_size, cpu_count, fspath, stat, lstat, fstat, truncate, link, uname, chdir, listdir, mkdir,
           rmdir, remove, unlink, rename, replace, symlink, readlink, chmod, access, utime, scandir, putenv, unsetenv,
           system):
    _f.__module__ = 'posix'
del _f


# CPython's environ is a MutableMapping; registering needs _collections_abc, which os does not import (start-up
# cost). Whichever of the two modules comes second registers it.
if '_collections_abc' in sys.modules:
    sys.modules['_collections_abc'].MutableMapping.register(_Environ)
