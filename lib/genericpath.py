"""Path operations shared by posixpath and ntpath: the stat-based tests and helpers that never look at
separators. As in CPython, they live here and the two path modules import them.

CPython freezes this module: a line ending in "# frozen-line: N" reports CPython's line N in tracebacks
(Importing/FrozenLibModules.cs), so errors passing through here read as CPython's."""

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime',
           'getsize', 'isdir', 'isfile', 'samefile', 'sameopenfile',
           'samestat']

_S_IFMT, _S_IFDIR, _S_IFREG = 0o170000, 0o040000, 0o100000


def exists(path):
    """Test whether a path exists.  Returns False for broken symbolic links"""
    try:
        os.stat(path)  # frozen-line: 19
    except (OSError, ValueError):
        return False  # frozen-line: 21
    return True  # frozen-line: 22


def isfile(path):
    """Test whether a path is a regular file"""
    try:
        st = os.stat(path)  # frozen-line: 30
    except (OSError, ValueError):
        return False  # frozen-line: 32
    return st.st_mode & _S_IFMT == _S_IFREG


def isdir(s):
    """Return true if the pathname refers to an existing directory."""
    try:
        st = os.stat(s)  # frozen-line: 42
    except (OSError, ValueError):
        return False  # frozen-line: 44
    return st.st_mode & _S_IFMT == _S_IFDIR


def getsize(filename):
    """Return the size of a file, reported by os.stat()."""
    return os.stat(filename).st_size  # frozen-line: 50


def getmtime(filename):
    """Return the last modification time of a file, reported by os.stat()."""
    return os.stat(filename).st_mtime  # frozen-line: 55


def getatime(filename):
    """Return the last access time of a file, reported by os.stat()."""
    return os.stat(filename).st_atime  # frozen-line: 60


def getctime(filename):
    """Return the metadata change time of a file, reported by os.stat()."""
    return os.stat(filename).st_ctime  # frozen-line: 65


def commonprefix(m):
    "Given a list of pathnames, returns the longest common leading component"
    if not m:  # frozen-line: 71
        return ''  # frozen-line: 71
    # Lists of components (an OS-agnostic use) are compared as they are; paths go through fspath.
    if not isinstance(m[0], (list, tuple)):  # frozen-line: 76
        m = tuple(map(os.fspath, m))  # frozen-line: 77
    s1 = min(m)  # frozen-line: 78
    s2 = max(m)  # frozen-line: 79
    for i, c in enumerate(s1):  # frozen-line: 80
        if c != s2[i]:  # frozen-line: 81
            return s1[:i]  # frozen-line: 82
    return s1  # frozen-line: 83


def samestat(s1, s2):
    """Test whether two stat buffers reference the same file"""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev  # frozen-line: 89


def samefile(f1, f2):
    """Test whether two pathnames reference the same actual file or directory

    This is determined by the device number and i-node number and
    raises an exception if an os.stat() call on either pathname fails.
    """
    s1 = os.stat(f1)  # frozen-line: 100
    s2 = os.stat(f2)  # frozen-line: 101
    return samestat(s1, s2)  # frozen-line: 102


def sameopenfile(fp1, fp2):
    """Test whether two open file objects reference the same file"""
    s1 = os.fstat(fp1)  # frozen-line: 109
    s2 = os.fstat(fp2)  # frozen-line: 110
    return samestat(s1, s2)  # frozen-line: 111


def _splitext(p, sep, altsep, extsep):
    """Split p into (root, ext): ext runs from the last dot of the last component,
    unless that component has only leading dots before it. ext may be empty."""
    last_sep = p.rfind(sep)
    if altsep:  # frozen-line: 129
        last_sep = max(last_sep, p.rfind(altsep))
    dot = p.rfind(extsep)
    if dot > last_sep:
        for i in range(last_sep + 1, dot):
            if p[i:i + 1] != extsep:
                return p[:dot], p[dot:]
    return p, p[:0]  # frozen-line: 142


def _check_arg_types(funcname, *args):
    """Raise the TypeError a path function reports for non-path or mixed str/bytes arguments."""
    kinds = set()
    for s in args:  # frozen-line: 146
        if isinstance(s, str):  # frozen-line: 147
            kinds.add(str)
        elif isinstance(s, bytes):  # frozen-line: 149
            kinds.add(bytes)
        else:
            message = f'{funcname}() argument must be str, bytes, or os.PathLike object, not {s.__class__.__name__!r}'
            raise TypeError(message) from None  # frozen-line: 152
    if len(kinds) > 1:
        raise TypeError("Can't mix strings and bytes in path components") from None  # frozen-line: 155


# Last: os imports posixpath, which imports the functions above from here, so a first import of this module
# (rather than of os) must have defined them before os starts.
import os  # noqa: E402
