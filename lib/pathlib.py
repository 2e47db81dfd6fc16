"""Object-oriented filesystem paths (Sharpy's own pathlib; POSIX flavour only)."""

import fnmatch
import io
import os
import posixpath
import re
import sys

# File-type tests on st_mode (literal S_IF* values so pathlib does not depend on `stat`).
def _fmt(mode):
    return mode & 0o170000


S_ISDIR = lambda m: _fmt(m) == 0o040000  # noqa: E731
S_ISREG = lambda m: _fmt(m) == 0o100000  # noqa: E731
S_ISLNK = lambda m: _fmt(m) == 0o120000  # noqa: E731
S_ISSOCK = lambda m: _fmt(m) == 0o140000  # noqa: E731
S_ISFIFO = lambda m: _fmt(m) == 0o010000  # noqa: E731
S_ISCHR = lambda m: _fmt(m) == 0o020000  # noqa: E731
S_ISBLK = lambda m: _fmt(m) == 0o060000  # noqa: E731

# ENOENT, ENOTDIR, EBADF, ELOOP: "does not exist" for exists()/is_*().
_IGNORED_ERRNOS = (2, 20, 9, 40)

__all__ = ['PurePath', 'PurePosixPath', 'PureWindowsPath', 'Path', 'PosixPath', 'WindowsPath']


def _parse_parts(args):
    """(root, parts) for joined path segments: the last absolute segment resets the path."""
    root = ''
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            if a._root:
                root = a._root
                parts = list(a._parts)
            else:
                parts.extend(a._parts)
            continue
        a = os.fspath(a)
        if not isinstance(a, str):
            raise TypeError('argument should be a str object or an os.PathLike object returning '
                            'str, not %r' % type(a))
        if a.startswith('/'):
            # POSIX keeps exactly two leading slashes; three or more collapse to one.
            root = '//' if a.startswith('//') and not a.startswith('///') else '/'
            parts = []
        parts.extend(x for x in a.split('/') if x and x != '.')
    return root, parts


class _PathParents:
    def __init__(self, path):
        self._pathcls = type(path)
        self._root = path._root
        self._parts = path._parts

    def __len__(self):
        return len(self._parts)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._pathcls._from_parsed(self._root, self._parts[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return '<{}.parents>'.format(self._pathcls.__name__)


class PurePath:
    __slots__ = ('_root', '_parts', '_str', '_hash')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        self._root, self._parts = _parse_parts(args)
        return self

    @classmethod
    def _from_parsed(cls, root, parts):
        self = object.__new__(cls)
        self._root = root
        self._parts = list(parts)
        return self

    def _make_child(self, args):
        root, parts = _parse_parts(args)
        if root:
            return self._from_parsed(root, parts)
        return self._from_parsed(self._root, self._parts + parts)

    def __str__(self):
        try:
            return self._str
        except AttributeError:
            self._str = (self._root + '/'.join(self._parts)) or '.'
            return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return '{}({!r})'.format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        from urllib.parse import quote_from_bytes
        return 'file://' + quote_from_bytes(os.fsencode(str(self)))

    def _key(self):
        return (self._root, tuple(self._parts))

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            self._hash = hash(self._key())
            return self._hash

    def _cmp_parts(self):
        return ([self._root] if self._root else []) + self._parts

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp_parts() < other._cmp_parts()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp_parts() <= other._cmp_parts()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp_parts() > other._cmp_parts()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp_parts() >= other._cmp_parts()

    drive = property(lambda self: '')
    root = property(lambda self: self._root)
    anchor = property(lambda self: self._root)

    @property
    def parts(self):
        return tuple(([self._root] if self._root else []) + self._parts)

    @property
    def name(self):
        return self._parts[-1] if self._parts else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + suffix for suffix in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError('Invalid name %r' % (name,))
        return self._from_parsed(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError('Invalid suffix %r' % (suffix,))
        name = self.name
        if not name:
            raise ValueError('%r has an empty name' % (self,))
        old_suffix = self.suffix
        if not old_suffix:
            name = name + suffix
        else:
            name = name[:-len(old_suffix)] + suffix
        return self._from_parsed(self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError('need at least one argument')
        to = self._from_parts(other)
        n = len(to._parts)
        if to._root != self._root or self._parts[:n] != to._parts:
            formatted = to._root + '/'.join(to._parts)  # CPython shows '' (not '.') here
            raise ValueError('{!r} is not in the subpath of {!r} OR one path is relative and the '
                             'other is absolute.'.format(str(self), formatted))
        return self._from_parsed('', self._parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._from_parsed(self._root, self._parts[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def joinpath(self, *args):
        return self._make_child(args)

    def __truediv__(self, key):
        try:
            return self._make_child((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts([key] + [self])
        except TypeError:
            return NotImplemented

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        pat = self._from_parts((path_pattern,))
        pat_parts = pat.parts
        if not pat_parts:
            raise ValueError('empty pattern')
        parts = self.parts
        if pat._root:
            if len(pat_parts) != len(parts):
                return False
        elif len(pat_parts) > len(parts):
            return False
        for part, pattern in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pattern):
                return False
        return True


os.PathLike.register(PurePath)


class PurePosixPath(PurePath):
    __slots__ = ()


class PureWindowsPath(PurePath):
    """Only the POSIX flavour is implemented; this class exists for isinstance checks."""
    __slots__ = ()


class Path(PurePath):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_parts(args)

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls('~').expanduser()

    def samefile(self, other_path):
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = type(self)(other_path).stat()
        return os.path.samestat(st, other_st)

    def iterdir(self):
        for name in os.listdir(self):
            yield self._make_child_relpath(name)

    def _make_child_relpath(self, part):
        return self._from_parsed(self._root, self._parts + [part])

    def glob(self, pattern):
        if not pattern:
            raise ValueError('Unacceptable pattern: {!r}'.format(pattern))
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        parts = list(pat._parts)
        if pattern[-1] == '/':
            parts.append('')
        yield from self._select(parts)

    def rglob(self, pattern):
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        parts = ['**'] + list(pat._parts)
        if pattern and pattern[-1] == '/':
            parts.append('')
        yield from self._select(parts)

    def _select(self, parts):
        """Paths below self matching pattern parts ('' = directories only, '**' = recursive)."""
        if not parts:
            yield self
            return
        part, rest = parts[0], parts[1:]
        if part == '':
            if self.is_dir():
                yield self
            return
        if part == '**':
            while rest and rest[0] == '**':
                rest = rest[1:]
            seen = set()
            for directory in self._walk_dirs():
                for p in directory._select(rest):
                    if p not in seen:
                        seen.add(p)
                        yield p
            return
        if not self.is_dir():
            return
        if '*' in part or '?' in part or '[' in part:
            try:
                names = os.listdir(self)
            except OSError:
                return
            match = re.compile(fnmatch.translate(part)).fullmatch
            for name in names:
                if match(name):
                    child = self._make_child_relpath(name)
                    if rest and not child.is_dir():
                        continue
                    yield from child._select(rest)
        else:
            child = self._make_child_relpath(part)
            if rest or child.exists() or os.path.lexists(child):
                yield from child._select(rest)

    def _walk_dirs(self):
        if not self.is_dir():
            return
        yield self
        try:
            names = os.listdir(self)
        except OSError:
            return
        for name in names:
            child = self._make_child_relpath(name)
            if child.is_dir() and not child.is_symlink():
                yield from child._walk_dirs()

    def absolute(self):
        if self.is_absolute():
            return self
        return self._from_parts([os.getcwd()] + self._parts)

    def resolve(self, strict=False):
        s = os.path.realpath(self, strict=strict)
        return self._from_parts((s,))

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return self.stat(follow_symlinks=False)

    def owner(self):
        """The name of the user owning the file (KeyError if the uid has no entry)."""
        import pwd
        return pwd.getpwuid(self.stat().st_uid).pw_name

    def group(self):
        """The name of the group owning the file (KeyError if the gid has no entry)."""
        import grp
        return grp.getgrgid(self.stat().st_gid).gr_name

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        if 'b' not in mode:
            encoding = io.text_encoding(encoding)
        return io.open(str(self), mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        encoding = io.text_encoding(encoding)
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = bytes(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        encoding = io.text_encoding(encoding)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        return self._from_parts((os.readlink(self),))

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            try:
                os.utime(self, None)
                return
            except OSError:
                pass
        with open(str(self), "a" if exist_ok else "x"):
            pass

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        os.replace(self, target)
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self, target_is_directory)

    def exists(self):
        return self._mode() is not None

    def _mode(self, follow=True):
        """st_mode, or None when the path is missing (ENOENT, ENOTDIR, EBADF, ELOOP) or unencodable;
        other OSErrors propagate, as in CPython."""
        try:
            return self.stat(follow_symlinks=follow).st_mode
        except OSError as e:
            if getattr(e, 'errno', None) not in _IGNORED_ERRNOS:
                raise
            return None
        except ValueError:
            return None

    def is_dir(self):
        m = self._mode()
        return m is not None and S_ISDIR(m)

    def is_file(self):
        m = self._mode()
        return m is not None and S_ISREG(m)

    def is_mount(self):
        return os.path.ismount(self)

    def is_symlink(self):
        m = self._mode(False)
        return m is not None and S_ISLNK(m)

    def is_block_device(self):
        m = self._mode()
        return m is not None and S_ISBLK(m)

    def is_char_device(self):
        m = self._mode()
        return m is not None and S_ISCHR(m)

    def is_fifo(self):
        m = self._mode()
        return m is not None and S_ISFIFO(m)

    def is_socket(self):
        m = self._mode()
        return m is not None and S_ISSOCK(m)

    def expanduser(self):
        if self._parts and self._parts[0][:1] == '~' and not self._root:
            homedir = os.path.expanduser(self._parts[0])
            if homedir[:1] == '~':
                raise RuntimeError('Could not determine home directory.')
            return self._from_parts([homedir] + self._parts[1:])
        return self


class PosixPath(Path, PurePosixPath):
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError('cannot instantiate %r on your system' % (cls.__name__,))
