"""Sharpy's posixpath (os.path on POSIX): path manipulation with CPython's semantics."""

import posix as _posix
import genericpath
from genericpath import (commonprefix, exists, isfile, isdir, getsize, getmtime, getatime, getctime,
                         samestat, samefile, sameopenfile)

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
altsep = None
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
supports_unicode_filenames = False

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'split', 'splitext', 'basename', 'dirname',
           'commonprefix', 'getsize', 'getmtime', 'getatime', 'getctime', 'islink', 'exists',
           'lexists', 'isdir', 'isfile', 'ismount', 'expanduser', 'expandvars', 'normpath',
           'abspath', 'samefile', 'sameopenfile', 'samestat', 'curdir', 'pardir', 'sep', 'pathsep',
           'defpath', 'altsep', 'extsep', 'devnull', 'realpath', 'supports_unicode_filenames',
           'relpath', 'commonpath']


def _fspath(p):
    # os.fspath; os imports this module before defining it. Its frame is left out of tracebacks (below).
    import os
    return os.fspath(p)


def _seps(p):
    return (b'/', b'.', b'..', b'') if isinstance(p, bytes) else ('/', '.', '..', '')


def normcase(s):
    return _fspath(s)  # frozen-line: 54


def isabs(s):
    s = _fspath(s)  # frozen-line: 62
    return s.startswith(_seps(s)[0])


def join(a, *p):
    a = _fspath(a)  # frozen-line: 76
    sep = _seps(a)[0]
    path = a  # frozen-line: 78
    try:
        if not p:  # frozen-line: 80
            path[:0] + sep  # frozen-line: 81
        for b in map(_fspath, p):  # frozen-line: 82
            if b.startswith(sep):  # frozen-line: 83
                path = b  # frozen-line: 84
            elif not path or path.endswith(sep):  # frozen-line: 85
                path += b  # frozen-line: 86
            else:
                path += sep + b  # frozen-line: 88
    except (TypeError, AttributeError, BytesWarning):
        genericpath._check_arg_types('join', a, *p)  # frozen-line: 90
        raise  # frozen-line: 91
    return path  # frozen-line: 92


def splitdrive(p):
    p = _fspath(p)  # frozen-line: 134
    return p[:0], p  # frozen-line: 135


def split(p):
    p = _fspath(p)  # frozen-line: 103
    sep = _seps(p)[0]
    i = p.rfind(sep) + 1  # frozen-line: 105
    head, tail = p[:i], p[i:]  # frozen-line: 106
    if head and head != sep * len(head):  # frozen-line: 107
        head = head.rstrip(sep)  # frozen-line: 108
    return head, tail  # frozen-line: 109


def splitext(p):
    p = _fspath(p)  # frozen-line: 118
    sep, dot = _seps(p)[0], _seps(p)[1]
    sep_index = p.rfind(sep)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != dot:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def basename(p):
    p = _fspath(p)  # frozen-line: 142
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    p = _fspath(p)  # frozen-line: 152
    sep = _seps(p)[0]
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):  # frozen-line: 156
        head = head.rstrip(sep)  # frozen-line: 157
    return head  # frozen-line: 158


def _stat(p, follow=True):
    # os.stat/os.lstat with "no such file" as None; stands for the C call (no traceback entry, below).
    import os
    try:
        return os.stat(p) if follow else os.lstat(p)
    except (OSError, ValueError):
        return None


def lexists(path):
    return _stat(path, False) is not None  # frozen-line: 177


def islink(path):
    st = _stat(path, False)  # frozen-line: 167
    return st is not None and (st.st_mode & 0o170000) == 0o120000


def ismount(path):
    path = _fspath(path)  # frozen-line: 198
    st = _stat(path, False)  # frozen-line: 189
    if st is None or (st.st_mode & 0o170000) == 0o120000:
        return False
    parent = join(path, _seps(path)[2])
    st2 = _stat(parent, False)
    if st2 is None:
        return False
    return st.st_dev != st2.st_dev or st.st_ino == st2.st_ino


def expanduser(path):
    path = _fspath(path)  # frozen-line: 232
    is_bytes = isinstance(path, bytes)
    tilde = b'~' if is_bytes else '~'
    if not path.startswith(tilde):  # frozen-line: 237
        return path
    sep = _seps(path)[0]
    i = path.find(sep, 1)  # frozen-line: 240
    if i < 0:  # frozen-line: 241
        i = len(path)  # frozen-line: 242
    import os
    if i == 1:  # frozen-line: 243
        if 'HOME' in os.environ:
            userhome = os.environ['HOME']  # frozen-line: 257
        else:
            import pwd  # frozen-line: 246
            try:
                userhome = pwd.getpwuid(os.getuid()).pw_dir  # frozen-line: 251
            except KeyError:
                return path
    else:
        import pwd  # frozen-line: 260
        name = path[1:i]  # frozen-line: 264
        if is_bytes:
            name = str(name, 'ASCII')  # frozen-line: 266
        try:
            userhome = pwd.getpwnam(name).pw_dir
        except KeyError:
            return path
    if is_bytes:
        userhome = os.fsencode(userhome)  # frozen-line: 278
    userhome = userhome.rstrip(sep)
    return (userhome + path[i:]) or sep


def expandvars(path):
    path = _fspath(path)  # frozen-line: 296
    if isinstance(path, bytes):  # frozen-line: 298
        return expandvars(path.decode('utf-8', 'surrogateescape')).encode('utf-8', 'surrogateescape')
    if '$' not in path:  # frozen-line: 309
        return path
    import os
    out = []
    i = 0  # frozen-line: 318
    n = len(path)
    while i < n:
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == '{':
            j = path.find('}', i + 2)
            name = path[i + 2:j] if j >= 0 else ''
            if j < 0 or not name or not all(ch.isalnum() or ch == '_' for ch in name):
                out.append(c)
                i += 1
                continue
            end = j + 1
        else:
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] == '_') and path[j].isascii():
                j += 1
            name = path[i + 1:j]
            if not name:
                out.append(c)
                i += 1
                continue
            end = j
        if name in os.environ:
            out.append(os.environ[name])
        else:
            out.append(path[i:end])
        i = end
    return ''.join(out)


def normpath(path):
    path = _fspath(path)  # frozen-line: 391
    sep, dot, dotdot, empty = _seps(path)
    if path == empty:
        return dot
    initial_slashes = 2 if path.startswith(sep * 2) and not path.startswith(sep * 3) else (
        1 if path.startswith(sep) else 0)
    comps = path.split(sep)
    new_comps = []
    for comp in comps:
        if comp in (empty, dot):
            continue
        if comp != dotdot or (not initial_slashes and not new_comps) or (
                new_comps and new_comps[-1] == dotdot):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = sep.join(new_comps)
    if initial_slashes:
        path = sep * initial_slashes + path
    return path or dot


def abspath(path):
    path = _fspath(path)  # frozen-line: 399
    if not isabs(path):  # frozen-line: 400
        cwd = _posix.getcwd()
        if isinstance(path, bytes):  # frozen-line: 401
            cwd = cwd.encode()
        path = join(cwd, path)  # frozen-line: 405
    return normpath(path)  # frozen-line: 406


def realpath(filename, *, strict=False):
    filename = _fspath(filename)  # frozen-line: 415
    is_bytes = isinstance(filename, bytes)
    if is_bytes:
        return realpath(filename.decode(), strict=strict).encode()
    path, ok = _joinrealpath('', filename, strict, {})
    return abspath(path)  # frozen-line: 417


def _joinrealpath(path, rest, strict, seen):
    if isabs(rest):  # frozen-line: 431
        rest = rest[1:]  # frozen-line: 432
        path = '/'
    while rest:  # frozen-line: 435
        name, _, rest = rest.partition('/')
        if not name or name == '.':
            continue  # frozen-line: 439
        if name == '..':
            if path:  # frozen-line: 442
                path, name = split(path)  # frozen-line: 443
                if name == '..':
                    path = join(path, '..', '..')
            else:
                path = '..'
            continue  # frozen-line: 448
        newpath = join(path, name)  # frozen-line: 449
        st = _stat(newpath, False)
        if st is None:
            if strict:  # frozen-line: 453
                import os
                os.lstat(newpath)
            is_link = False  # frozen-line: 455
        else:
            is_link = (st.st_mode & 0o170000) == 0o120000
        if not is_link:  # frozen-line: 458
            path = newpath  # frozen-line: 459
            continue  # frozen-line: 460
        if newpath in seen:  # frozen-line: 462
            path = seen[newpath]  # frozen-line: 464
            if path is not None:  # frozen-line: 465
                continue  # frozen-line: 467
            if strict:  # frozen-line: 469
                import os
                os.stat(newpath)  # frozen-line: 471
            return join(newpath, rest), False  # frozen-line: 474
        seen[newpath] = None  # frozen-line: 475
        path, ok = _joinrealpath(path, _posix.readlink(newpath), strict, seen)
        if not ok:  # frozen-line: 477
            return join(path, rest), False  # frozen-line: 478
        seen[newpath] = path  # frozen-line: 479
    return path, True  # frozen-line: 481


def relpath(path, start=None):
    if not path:  # frozen-line: 489
        raise ValueError("no path specified")  # frozen-line: 490
    path = _fspath(path)  # frozen-line: 492
    sep, dot, dotdot, empty = _seps(path)
    if start is None:  # frozen-line: 502
        start = dot
    else:
        start = _fspath(start)  # frozen-line: 505
    try:
        start_list = [x for x in abspath(start).split(sep) if x]  # frozen-line: 508
        path_list = [x for x in abspath(path).split(sep) if x]  # frozen-line: 509
        i = len(commonprefix([start_list, path_list]))  # frozen-line: 511
        rel_list = [dotdot] * (len(start_list) - i) + path_list[i:]
        if not rel_list:  # frozen-line: 514
            return dot
        return join(*rel_list)  # frozen-line: 516
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        genericpath._check_arg_types('relpath', path, start)  # frozen-line: 518
        raise  # frozen-line: 519


def commonpath(paths):
    if not paths:  # frozen-line: 530
        raise ValueError('commonpath() arg is an empty sequence')  # frozen-line: 531
    paths = tuple(map(_fspath, paths))  # frozen-line: 533
    sep, dot = _seps(paths[0])[0], _seps(paths[0])[1]
    try:
        split_paths = [path.split(sep) for path in paths]  # frozen-line: 542
        try:
            isabs, = set(p[:1] == sep for p in paths)  # frozen-line: 545
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None  # frozen-line: 547
        split_paths = [[c for c in s if c and c != dot] for s in split_paths]
        s1 = min(split_paths)  # frozen-line: 550
        s2 = max(split_paths)  # frozen-line: 551
        common = s1  # frozen-line: 552
        for i, c in enumerate(s1):  # frozen-line: 553
            if c != s2[i]:  # frozen-line: 554
                common = s1[:i]  # frozen-line: 555
                break  # frozen-line: 556
        prefix = sep if isabs else sep[:0]  # frozen-line: 558
        return prefix + sep.join(common)  # frozen-line: 559
    except (TypeError, AttributeError):
        genericpath._check_arg_types('commonpath', *paths)  # frozen-line: 561
        raise  # frozen-line: 562


# _fspath and _stat stand for CPython's os.fspath and os.stat, C functions: no traceback entries of their own.
from _sharpy_traceback import native_stand_in as _native_stand_in  # noqa: E402
_native_stand_in(_fspath, _stat)
del _native_stand_in
