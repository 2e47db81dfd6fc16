"""Path operations shared by posixpath and ntpath (they only touch os.stat, never separators)."""

import os
import stat

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime',
           'getsize', 'isdir', 'isfile', 'samefile', 'sameopenfile',
           'samestat']


def _stat_or_none(path):
    try:
        return os.stat(path)
    except (OSError, ValueError):
        return None


def exists(path):
    """Whether path names an existing file (False for a dangling symbolic link)."""
    return _stat_or_none(path) is not None


def isfile(path):
    """Whether path names an existing regular file."""
    st = _stat_or_none(path)
    return st is not None and stat.S_ISREG(st.st_mode)


def isdir(s):
    """Whether s names an existing directory."""
    st = _stat_or_none(s)
    return st is not None and stat.S_ISDIR(st.st_mode)


def getsize(filename):
    """The size of a file, from os.stat()."""
    return os.stat(filename).st_size


def getmtime(filename):
    """The last modification time of a file, from os.stat()."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """The last access time of a file, from os.stat()."""
    return os.stat(filename).st_atime


def getctime(filename):
    """The metadata change time of a file, from os.stat()."""
    return os.stat(filename).st_ctime


def commonprefix(m):
    """The longest common leading string (character-wise, not component-wise) of the items."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    # The shortest common prefix of all items is the one of the smallest and the largest.
    low, high = min(m), max(m)
    for i, c in enumerate(low):
        if c != high[i]:
            return low[:i]
    return low


def samestat(s1, s2):
    """Whether two stat results describe the same file (device and inode)."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Whether two paths name the same file; os.stat errors propagate."""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """Whether two file descriptors refer to the same file."""
    return samestat(os.fstat(fp1), os.fstat(fp2))


def _splitext(p, sep, altsep, extsep):
    """Split p into (root, ext): ext runs from the last dot of the last component,
    unless that component has only leading dots before it. ext may be empty."""
    last_sep = p.rfind(sep)
    if altsep:
        last_sep = max(last_sep, p.rfind(altsep))
    dot = p.rfind(extsep)
    if dot > last_sep:
        for i in range(last_sep + 1, dot):
            if p[i:i + 1] != extsep:
                return p[:dot], p[dot:]
    return p, p[:0]


def _check_arg_types(funcname, *args):
    """Raise the TypeError a path function reports for non-path or mixed str/bytes arguments."""
    kinds = set()
    for s in args:
        if isinstance(s, str):
            kinds.add(str)
        elif isinstance(s, bytes):
            kinds.add(bytes)
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None
    if len(kinds) > 1:
        raise TypeError("Can't mix strings and bytes in path components") from None
