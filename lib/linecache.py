"""Cache of source lines, keyed by file name (Sharpy's implementation of CPython's linecache).

cache maps a file name to (size, mtime, lines, fullname), or to a 1-tuple holding a function that
returns the source (a "lazy" entry registered from a module's __loader__).
"""

import sys
import os

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line number lineno of filename (with its newline), or '' when there is no such line."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """All lines of filename, reading and caching the file on first use."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop cache entries whose file changed on disk (all entries, or just filename)."""
    if filename is None:
        filenames = list(cache)
    elif filename in cache:
        filenames = [filename]
    else:
        return
    for name in filenames:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue  # registered by lazycache or by hand: never stale
        try:
            st = os.stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(name, None)


def _source_from_loader(filename, module_globals):
    if lazycache(filename, module_globals):
        try:
            data = cache[filename][0]()
        except (ImportError, OSError):
            return None
        if data is None:
            return None
        lines = [line + '\n' for line in data.splitlines()]
        cache[filename] = (len(data), None, lines, filename)
        return lines
    return None


def _coding_cookie(data):
    """The PEP 263 encoding declared in the first two lines, or None."""
    for line in data.split(b'\n', 2)[:2]:
        stripped = line.lstrip(b' \t\f')
        if not stripped.startswith(b'#'):
            if stripped.strip():
                return None     # a code line ends the search
            continue
        pos = stripped.find(b'coding')
        if pos >= 0 and stripped[pos + 6:pos + 7] in (b':', b'='):
            rest = stripped[pos + 7:].lstrip(b' \t')
            name = b''
            for b in rest:
                ch = bytes([b])
                if ch.isalnum() or ch in b'-_.':
                    name += ch
                else:
                    break
            if name:
                return name.decode('ascii')
    return None


def _read_lines(fullname):
    with open(fullname, 'rb') as fp:
        data = fp.read()
    if data.startswith(b'\xef\xbb\xbf'):
        data = data[3:]
    encoding = _coding_cookie(data) or 'utf-8'
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    return text.splitlines(True)


def updatecache(filename, module_globals=None):
    """(Re)read filename into the cache and return its lines ([] when it cannot be read)."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    fullname = filename
    try:
        st = os.stat(fullname)
    except (OSError, ValueError, TypeError):
        lines = _source_from_loader(filename, module_globals)
        if lines is not None:
            return lines
        if not isinstance(filename, str) or os.path.isabs(filename):
            return []
        for dirname in sys.path:
            try:
                fullname = os.path.join(dirname, filename)
            except (TypeError, AttributeError):
                continue
            try:
                st = os.stat(fullname)
                break
            except (OSError, ValueError):
                pass
        else:
            return []
    try:
        lines = _read_lines(fullname)
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    if lines is None:
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = (st.st_size, st.st_mtime, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Register a module's loader as the source of filename; True when a lazy entry exists."""
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if module_globals and '__name__' in module_globals:
        name = module_globals['__name__']
        spec = module_globals.get('__spec__')
        loader = getattr(spec, 'loader', None) if spec is not None else None
        if loader is None:
            loader = module_globals.get('__loader__')
        get_source = getattr(loader, 'get_source', None)
        if name and get_source:
            cache[filename] = (lambda: get_source(name),)
            return True
    return False
