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
    s = os.fspath(s)  # frozen-line: 56
    if isinstance(s, bytes):  # frozen-line: 59
        return os.fsencode(os.fsdecode(s).replace('/', '\\').lower())
    return s.replace('/', '\\').lower()


def isabs(s):
    """Test whether a path is absolute"""
    s = os.fspath(s)  # frozen-line: 89
    t = _tokens(s)
    head = s[:3].replace(t.altsep, t.sep)
    # A root after a drive, a UNC or device path, and (a legacy rule) a bare leading slash.
    return head.startswith(t.sep) or head.startswith(t.colon + t.sep, 1)


def join(path, *paths):
    path = os.fspath(path)  # frozen-line: 108
    t = _tokens(path)
    try:
        if not paths:  # frozen-line: 118
            path[:0] + t.sep  # a TypeError now for non-path arguments
        drive, rest = splitdrive(path)
        for p in map(os.fspath, paths):  # frozen-line: 121
            p_drive, p_rest = splitdrive(p)
            if p_rest and p_rest[0] in t.seps:
                # An absolute component replaces what came before (keeping the drive if it has none).
                if p_drive or not drive:
                    drive = p_drive
                rest = p_rest
                continue  # frozen-line: 128
            if p_drive and p_drive != drive:
                if p_drive.lower() != drive.lower():
                    # Another drive: start over from this component.
                    drive, rest = p_drive, p_rest
                    continue  # frozen-line: 134
                drive = p_drive  # the same drive spelled in another case
            if rest and rest[-1] not in t.seps:
                rest = rest + t.sep
            rest = rest + p_rest
        # A UNC drive needs a separator before a relative remainder.
        if rest and rest[0] not in t.seps and drive and drive[-1:] != t.colon:
            return drive + t.sep + rest
        return drive + rest
    except (TypeError, AttributeError, BytesWarning):
        genericpath._check_arg_types('join', path, *paths)  # frozen-line: 147
        raise  # frozen-line: 148


def splitdrive(p):
    """Split a pathname into drive/UNC sharepoint and relative path specifiers.
    Returns a 2-tuple (drive_or_unc, path); either part may be empty;
    drive_or_unc + path == p."""
    p = os.fspath(p)  # frozen-line: 173
    if len(p) >= 2:  # frozen-line: 174
        t = _tokens(p)
        normp = p.replace(t.altsep, t.sep)
        if normp[0:2] == t.sep * 2:
            # \\server\share, \\?\UNC\server\share, or a device (\\.\dev, \\?\dev):
            # the drive runs up to the separator after the second name.
            start = 8 if normp[:8].upper() == t.unc_prefix else 2
            first = normp.find(t.sep, start)
            if first == -1:
                return p, p[:0]  # frozen-line: 192
            second = normp.find(t.sep, first + 1)
            if second == -1:
                return p, p[:0]  # frozen-line: 195
            return p[:second], p[second:]
        if normp[1:2] == t.colon:
            return p[:2], p[2:]  # frozen-line: 199
    return p[:0], p  # frozen-line: 200


def split(p):
    """Split a pathname.

    Return tuple (head, tail) where tail is everything after the final slash.
    Either part may be empty."""
    p = os.fspath(p)  # frozen-line: 213
    seps = _get_bothseps(p)  # frozen-line: 214
    drive, p = splitdrive(p)
    i = len(p)  # frozen-line: 217
    while i and p[i - 1] not in seps:  # frozen-line: 218
        i -= 1  # frozen-line: 219
    head, tail = p[:i], p[i:]  # frozen-line: 220
    # Trailing separators go, unless the head is nothing but separators (the root).
    head = head.rstrip(seps) or head  # frozen-line: 222
    return drive + head, tail


def splitext(p):
    """Split the extension from a pathname.

    Extension is everything from the last dot to the end, ignoring
    leading dots.  Returns "(root, ext)"; ext may be empty."""
    p = os.fspath(p)  # frozen-line: 232
    t = _tokens(p)
    return genericpath._splitext(p, t.sep, t.altsep, t.curdir)


def basename(p):
    """Returns the final component of a pathname"""
    return split(p)[1]  # frozen-line: 244


def dirname(p):
    """Returns the directory component of a pathname"""
    return split(p)[0]  # frozen-line: 251


def islink(path):
    """Test whether a path is a symbolic link."""
    try:
        st = os.lstat(path)  # frozen-line: 261
    except (OSError, ValueError, AttributeError):
        return False  # frozen-line: 263
    return stat.S_ISLNK(st.st_mode)  # frozen-line: 264


def lexists(path):
    """Test whether a path exists.  Returns True for broken symbolic links"""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False  # frozen-line: 273
    return True  # frozen-line: 274


def ismount(path):
    """Test whether a path is a mount point (a drive root or the root of a share).
    Mounted volumes cannot be detected without Windows."""
    path = os.fspath(path)  # frozen-line: 293
    seps = _get_bothseps(path)  # frozen-line: 294
    path = abspath(path)  # frozen-line: 295
    root, rest = splitdrive(path)  # frozen-line: 296
    if root and root[0] in seps:  # frozen-line: 297
        return (not rest) or (rest in seps)  # frozen-line: 298
    return bool(rest) and rest in seps


def expanduser(path):
    """Expand ~ and ~user constructs.

    If user or $HOME is unknown, do nothing."""
    path = os.fspath(path)  # frozen-line: 323
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):  # frozen-line: 328
        return path  # frozen-line: 329
    seps = _get_bothseps(path)
    i, n = 1, len(path)  # frozen-line: 330
    while i < n and path[i] not in seps:
        i += 1  # frozen-line: 332
    env = os.environ
    if 'USERPROFILE' in env:
        userhome = env['USERPROFILE']
    elif 'HOMEPATH' in env:
        userhome = join(env.get('HOMEDRIVE', ''), env['HOMEPATH'])
    else:
        return path  # frozen-line: 337
    if i != 1:  # frozen-line: 345
        # ~user: guess a sibling of the current user's profile directory, if it looks like one.
        target = path[1:i]
        if isinstance(target, bytes):
            target = os.fsdecode(target)
        current = env.get('USERNAME')
        if target != current:
            if current != basename(userhome):
                return path  # frozen-line: 358
            userhome = join(dirname(userhome), target)
    if isinstance(path, bytes):
        userhome = os.fsencode(userhome)  # frozen-line: 362
    return userhome + path[i:]  # frozen-line: 364


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
    path = os.fspath(path)  # frozen-line: 384
    import string
    if isinstance(path, bytes):  # frozen-line: 385
        if b'$' not in path and b'%' not in path:  # frozen-line: 386
            return path  # frozen-line: 387
        varchars = bytes(string.ascii_letters + string.digits + '_-', 'ascii')  # frozen-line: 389
        quote, percent, lbrace, rbrace, dollar = b"'", b'%', b'{', b'}', b'$'
        environ = getattr(os, 'environb', None)  # frozen-line: 395
    else:
        if '$' not in path and '%' not in path:  # frozen-line: 397
            return path  # frozen-line: 398
        varchars = string.ascii_letters + string.digits + '_-'  # frozen-line: 400
        quote, percent, lbrace, rbrace, dollar = "'", '%', '{', '}', '$'
        environ = os.environ  # frozen-line: 406
    out = path[:0]
    i, n = 0, len(path)
    while i < n:
        c = path[i:i + 1]
        if c == quote:  # frozen-line: 412
            # Single-quoted text is copied as it is, quotes included.
            end = path.find(quote, i + 1)
            if end < 0:
                out += path[i:]
                break
            out += path[i:end + 1]
            i = end + 1
        elif c == percent:  # frozen-line: 421
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
        elif c == dollar:  # frozen-line: 443
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
    path = os.fspath(path)  # frozen-line: 540
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
    path = os.fspath(path)  # frozen-line: 553
    if not isabs(path):  # frozen-line: 554
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)  # frozen-line: 559
    return normpath(path)  # frozen-line: 560


abspath = _abspath_fallback
# Without Windows' final-path API there are no links to resolve.
realpath = abspath

supports_unicode_filenames = (hasattr(sys, "getwindowsversion") and
                              sys.getwindowsversion()[3] >= 2)


def relpath(path, start=None):
    """Return a relative version of a path"""
    path = os.fspath(path)  # frozen-line: 743
    t = _tokens(path)
    if start is None:  # frozen-line: 753
        start = t.curdir
    if not path:  # frozen-line: 756
        raise ValueError("no path specified")  # frozen-line: 757
    start = os.fspath(start)  # frozen-line: 759
    try:
        start_drive, start_rest = splitdrive(abspath(normpath(start)))
        path_drive, path_rest = splitdrive(abspath(normpath(path)))
        if normcase(start_drive) != normcase(path_drive):  # frozen-line: 765
            raise ValueError("path is on mount %r, start on mount %r" % (path_drive, start_drive))  # frozen-line: 766
        start_parts = [x for x in start_rest.split(t.sep) if x]
        path_parts = [x for x in path_rest.split(t.sep) if x]
        shared = 0
        for a, b in zip(start_parts, path_parts):
            if normcase(a) != normcase(b):
                break  # frozen-line: 775
            shared += 1
        rel = [t.pardir] * (len(start_parts) - shared) + path_parts[shared:]
        return join(*rel) if rel else t.curdir
    except (TypeError, ValueError, AttributeError, BytesWarning, DeprecationWarning):
        genericpath._check_arg_types('relpath', path, start)  # frozen-line: 783
        raise  # frozen-line: 784


def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path.
    Comparison ignores case and separator style; the result keeps the first path's spelling."""
    if not paths:  # frozen-line: 800
        raise ValueError('commonpath() arg is an empty sequence')  # frozen-line: 801
    paths = tuple(map(os.fspath, paths))  # frozen-line: 803
    t = _tokens(paths[0])
    try:
        drivesplits = [splitdrive(p.replace(t.altsep, t.sep).lower()) for p in paths]
        try:
            absolute, = set(p[:1] == t.sep for d, p in drivesplits)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None  # frozen-line: 820
        if len(set(d for d, p in drivesplits)) != 1:  # frozen-line: 825
            raise ValueError("Paths don't have the same drive")  # frozen-line: 826
        drive, first = splitdrive(paths[0].replace(t.altsep, t.sep))
        common = [c for c in first.split(t.sep) if c and c != t.curdir]
        folded = [[c for c in p.split(t.sep) if c and c != t.curdir] for d, p in drivesplits]
        low, high = min(folded), max(folded)
        for i, c in enumerate(low):
            if c != high[i]:
                common = common[:i]  # frozen-line: 837
                break  # frozen-line: 838
        else:
            common = common[:len(low)]
        prefix = drive + t.sep if absolute else drive
        return prefix + t.sep.join(common)
    except (TypeError, AttributeError):
        genericpath._check_arg_types('commonpath', *paths)  # frozen-line: 845
        raise  # frozen-line: 846
