"""Path operations shared by posixpath and ntpath (they only touch os.stat, never separators)."""

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime',
           'getsize', 'isdir', 'isfile', 'samefile', 'sameopenfile',
           'samestat']


# The stat-based functions are the same on every platform; posixpath (loaded at start-up with os.path) has them,
# so ntpath shares them through here instead of a second copy. CPython defines them here and imports them there.
from posixpath import (commonprefix, exists, isfile, isdir, getsize, getmtime, getatime, getctime,  # noqa: E402
                       samestat, samefile, sameopenfile)


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
