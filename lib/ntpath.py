"""Windows path name manipulation (os.path on Windows), importable on every platform.

The lexical functions (join, split, splitdrive, normpath, ...) follow Windows rules: both '\\'
and '/' separate components, 'C:' is a drive and '\\\\server\\share' a UNC drive. Functions that
ask the file system use whatever os provides here, as CPython's ntpath does off Windows.
"""

curdir = '.'
pardir = '..'
extsep = '.'
sep = '\\'
pathsep = ';'
altsep = '/'
defpath = '.;C:\\bin'
devnull = 'nul'

import os
import sys
import stat
import genericpath
from genericpath import *

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir", "isfile",
           "ismount", "expanduser", "expandvars", "normpath", "abspath",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep",
           "extsep", "devnull", "realpath", "supports_unicode_filenames", "relpath",
           "samefile", "sameopenfile", "samestat", "commonpath"]


class _Tokens:
    """The separators and special names in the type (str or bytes) of the path at hand."""

    def __init__(self, kind):
        enc = (lambda s: s.encode('ascii')) if kind is bytes else (lambda s: s)
        self.sep = enc('\\')
        self.altsep = enc('/')
        self.seps = enc('\\/')
        self.colon = enc(':')
        self.curdir = enc('.')
        self.pardir = enc('..')
        self.unc_prefix = enc('\\\\?\\UNC\\')


_STR_TOKENS = _Tokens(str)
_BYTES_TOKENS = _Tokens(bytes)


def _tokens(path):
    return _BYTES_TOKENS if isinstance(path, bytes) else _STR_TOKENS


def _get_bothseps(path):
    return _tokens(path).seps


def normcase(s):
    """Normalize case of pathname.

    Makes all characters lowercase and all slashes into backslashes."""
    s = os.fspath(s)
    if isinstance(s, bytes):
        return os.fsencode(os.fsdecode(s).replace('/', '\\').lower())
    return s.replace('/', '\\').lower()


def isabs(s):
    """Test whether a path is absolute"""
    s = os.fspath(s)
    t = _tokens(s)
    head = s[:3].replace(t.altsep, t.sep)
    # A root after a drive, a UNC or device path, and (a legacy rule) a bare leading slash.
    return head.startswith(t.sep) or head.startswith(t.colon + t.sep, 1)


def join(path, *paths):
    path = os.fspath(path)
    t = _tokens(path)
    try:
        if not paths:
            path[:0] + t.sep  # a TypeError now for non-path arguments
        drive, rest = splitdrive(path)
        for p in map(os.fspath, paths):
            p_drive, p_rest = splitdrive(p)
            if p_rest and p_rest[0] in t.seps:
                # An absolute component replaces what came before (keeping the drive if it has none).
                if p_drive or not drive:
                    drive = p_drive
                rest = p_rest
                continue
            if p_drive and p_drive != drive:
                if p_drive.lower() != drive.lower():
                    # Another drive: start over from this component.
                    drive, rest = p_drive, p_rest
                    continue
                drive = p_drive  # the same drive spelled in another case
            if rest and rest[-1] not in t.seps:
                rest = rest + t.sep
            rest = rest + p_rest
        # A UNC drive needs a separator before a relative remainder.
        if rest and rest[0] not in t.seps and drive and drive[-1:] != t.colon:
            return drive + t.sep + rest
        return drive + rest
    except (TypeError, AttributeError, BytesWarning):
        genericpath._check_arg_types('join', path, *paths)
        raise


def splitdrive(p):
    """Split a pathname into drive/UNC sharepoint and relative path specifiers.
    Returns a 2-tuple (drive_or_unc, path); either part may be empty;
    drive_or_unc + path == p."""
    p = os.fspath(p)
    if len(p) >= 2:
        t = _tokens(p)
        normp = p.replace(t.altsep, t.sep)
        if normp[0:2] == t.sep * 2:
            # \\server\share, \\?\UNC\server\share, or a device (\\.\dev, \\?\dev):
            # the drive runs up to the separator after the second name.
            start = 8 if normp[:8].upper() == t.unc_prefix else 2
            first = normp.find(t.sep, start)
            if first == -1:
                return p, p[:0]
            second = normp.find(t.sep, first + 1)
            if second == -1:
                return p, p[:0]
            return p[:second], p[second:]
        if normp[1:2] == t.colon:
            return p[:2], p[2:]
    return p[:0], p


def split(p):
    """Split a pathname.

    Return tuple (head, tail) where tail is everything after the final slash.
    Either part may be empty."""
    p = os.fspath(p)
    seps = _get_bothseps(p)
    drive, p = splitdrive(p)
    i = len(p)
    while i and p[i - 1] not in seps:
        i -= 1
    head, tail = p[:i], p[i:]
    # Trailing separators go, unless the head is nothing but separators (the root).
    head = head.rstrip(seps) or head
    return drive + head, tail


def splitext(p):
    """Split the extension from a pathname.

    Extension is everything from the last dot to the end, ignoring
    leading dots.  Returns "(root, ext)"; ext may be empty."""
    p = os.fspath(p)
    t = _tokens(p)
    return genericpath._splitext(p, t.sep, t.altsep, t.curdir)


def basename(p):
    """Returns the final component of a pathname"""
    return split(p)[1]


def dirname(p):
    """Returns the directory component of a pathname"""
    return split(p)[0]


def islink(path):
    """Test whether a path is a symbolic link."""
    try:
        st = os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISLNK(st.st_mode)


def lexists(path):
    """Test whether a path exists.  Returns True for broken symbolic links"""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def ismount(path):
    """Test whether a path is a mount point (a drive root or the root of a share).
    Mounted volumes cannot be detected without Windows."""
    path = os.fspath(path)
    seps = _get_bothseps(path)
    path = abspath(path)
    root, rest = splitdrive(path)
    if root and root[0] in seps:
        return (not rest) or (rest in seps)
    return bool(rest) and rest in seps


def expanduser(path):
    """Expand ~ and ~user constructs.

    If user or $HOME is unknown, do nothing."""
    path = os.fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    seps = _get_bothseps(path)
    i, n = 1, len(path)
    while i < n and path[i] not in seps:
        i += 1
    env = os.environ
    if 'USERPROFILE' in env:
        userhome = env['USERPROFILE']
    elif 'HOMEPATH' in env:
        userhome = join(env.get('HOMEDRIVE', ''), env['HOMEPATH'])
    else:
        return path
    if i != 1:
        # ~user: guess a sibling of the current user's profile directory, if it looks like one.
        target = path[1:i]
        if isinstance(target, bytes):
            target = os.fsdecode(target)
        current = env.get('USERNAME')
        if target != current:
            if current != basename(userhome):
                return path
            userhome = join(dirname(userhome), target)
    if isinstance(path, bytes):
        userhome = os.fsencode(userhome)
    return userhome + path[i:]


def _lookup_var(name, environ, missing):
    try:
        if environ is None:
            return os.fsencode(os.environ[os.fsdecode(name)])
        return environ[name]
    except KeyError:
        return missing


def expandvars(path):
    """Expand shell variables of the forms $var, ${var} and %var%.

    Unknown variables are left unchanged."""
    path = os.fspath(path)
    import string
    if isinstance(path, bytes):
        if b'$' not in path and b'%' not in path:
            return path
        varchars = bytes(string.ascii_letters + string.digits + '_-', 'ascii')
        quote, percent, lbrace, rbrace, dollar = b"'", b'%', b'{', b'}', b'$'
        environ = getattr(os, 'environb', None)
    else:
        if '$' not in path and '%' not in path:
            return path
        varchars = string.ascii_letters + string.digits + '_-'
        quote, percent, lbrace, rbrace, dollar = "'", '%', '{', '}', '$'
        environ = os.environ
    out = path[:0]
    i, n = 0, len(path)
    while i < n:
        c = path[i:i + 1]
        if c == quote:
            # Single-quoted text is copied as it is, quotes included.
            end = path.find(quote, i + 1)
            if end < 0:
                out += path[i:]
                break
            out += path[i:end + 1]
            i = end + 1
        elif c == percent:
            if path[i + 1:i + 2] == percent:
                out += percent
                i += 2
                continue
            end = path.find(percent, i + 1)
            if end < 0:
                out += path[i:]
                break
            name = path[i + 1:end]
            out += _lookup_var(name, environ, percent + name + percent)
            i = end + 1
        elif c == dollar:
            nxt = path[i + 1:i + 2]
            if nxt == dollar:
                out += dollar
                i += 2
            elif nxt == lbrace:
                end = path.find(rbrace, i + 2)
                if end < 0:
                    out += path[i:]
                    break
                name = path[i + 2:end]
                out += _lookup_var(name, environ, dollar + lbrace + name + rbrace)
                i = end + 1
            else:
                j = i + 1
                while j < n and path[j:j + 1] in varchars:
                    j += 1
                name = path[i + 1:j]
                out += _lookup_var(name, environ, dollar + name)
                i = j
        else:
            out += c
            i += 1
    return out


def normpath(path):
    """Normalize path, eliminating double slashes, etc."""
    path = os.fspath(path)
    t = _tokens(path)
    path = path.replace(t.altsep, t.sep)
    prefix, path = splitdrive(path)
    if path.startswith(t.sep):
        prefix += t.sep
        path = path.lstrip(t.sep)
    parts = []
    for comp in path.split(t.sep):
        if not comp or comp == t.curdir:
            continue
        if comp == t.pardir:
            if parts and parts[-1] != t.pardir:
                parts.pop()
                continue
            if not parts and prefix.endswith(t.sep):
                continue  # '..' at the root stays at the root
        parts.append(comp)
    if not prefix and not parts:
        parts.append(t.curdir)
    return prefix + t.sep.join(parts)


def _abspath_fallback(path):
    """The absolute version of a path, joined to the current directory lexically."""
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


abspath = _abspath_fallback
# Without Windows' final-path API there are no links to resolve.
realpath = abspath

supports_unicode_filenames = (hasattr(sys, "getwindowsversion") and
                              sys.getwindowsversion()[3] >= 2)


def relpath(path, start=None):
    """Return a relative version of a path"""
    path = os.fspath(path)
    t = _tokens(path)
    if start is None:
        start = t.curdir
    if not path:
        raise ValueError("no path specified")
    start = os.fspath(start)
    try:
        start_drive, start_rest = splitdrive(abspath(normpath(start)))
        path_drive, path_rest = splitdrive(abspath(normpath(path)))
        if normcase(start_drive) != normcase(path_drive):
            raise ValueError("path is on mount %r, start on mount %r" % (path_drive, start_drive))
        start_parts = [x for x in start_rest.split(t.sep) if x]
        path_parts = [x for x in path_rest.split(t.sep) if x]
        shared = 0
        for a, b in zip(start_parts, path_parts):
            if normcase(a) != normcase(b):
                break
            shared += 1
        rel = [t.pardir] * (len(start_parts) - shared) + path_parts[shared:]
        return join(*rel) if rel else t.curdir
    except (TypeError, ValueError, AttributeError, BytesWarning, DeprecationWarning):
        genericpath._check_arg_types('relpath', path, start)
        raise


def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path.
    Comparison ignores case and separator style; the result keeps the first path's spelling."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    t = _tokens(paths[0])
    try:
        drivesplits = [splitdrive(p.replace(t.altsep, t.sep).lower()) for p in paths]
        try:
            absolute, = set(p[:1] == t.sep for d, p in drivesplits)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        if len(set(d for d, p in drivesplits)) != 1:
            raise ValueError("Paths don't have the same drive")
        drive, first = splitdrive(paths[0].replace(t.altsep, t.sep))
        common = [c for c in first.split(t.sep) if c and c != t.curdir]
        folded = [[c for c in p.split(t.sep) if c and c != t.curdir] for d, p in drivesplits]
        low, high = min(folded), max(folded)
        for i, c in enumerate(low):
            if c != high[i]:
                common = common[:i]
                break
        else:
            common = common[:len(low)]
        prefix = drive + t.sep if absolute else drive
        return prefix + t.sep.join(common)
    except (TypeError, AttributeError):
        genericpath._check_arg_types('commonpath', *paths)
        raise
