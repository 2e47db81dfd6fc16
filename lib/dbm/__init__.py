"""Generic interface to the dbm-style key/value databases.

Sharpy ships only the portable `dbm.dumb` backend (dbm.gnu and dbm.ndbm need C libraries), so
`open` creates dumb databases; existing files are still recognised by `whichdb`.
"""

import io
import os
import struct
import sys

__all__ = ['open', 'whichdb', 'error']


class error(Exception):
    pass


# Backends in order of preference; the first importable one creates new databases.
_names = ['dbm.gnu', 'dbm.ndbm', 'dbm.dumb']
_defaultmod = None
_modules = {}

# `except dbm.error` must catch this module's error and every backend's (dumb raises OSError).
error = (error, OSError)

try:
    from dbm import ndbm
except ImportError:
    ndbm = None


def _load_backends():
    global _defaultmod
    for name in _names:
        try:
            mod = __import__(name, fromlist=['open'])
        except ImportError:
            continue
        if _defaultmod is None:
            _defaultmod = mod
        _modules[name] = mod
    if _defaultmod is None:
        raise ImportError("no dbm clone found; tried %s" % _names)


def open(file, flag='r', mode=0o666):
    """Open or create the database at `file`.

    flag: 'r' read-only (default), 'w' read-write, both requiring an existing database;
    'c' read-write, creating it when missing; 'n' always a new empty database.
    """
    if _defaultmod is None:
        _load_backends()
    kind = None if 'n' in flag else whichdb(file)
    if kind is None:
        if 'c' not in flag and 'n' not in flag:
            raise error[0]("db file doesn't exist; use 'c' or 'n' flag to create a new db")
        mod = _defaultmod
    elif kind == "":
        raise error[0]("db type could not be determined")
    elif kind not in _modules:
        raise error[0]("db type is {0}, but the module is not available".format(kind))
    else:
        mod = _modules[kind]
    return mod.open(file, flag, mode)


def _readable(path):
    try:
        with io.open(path, "rb"):
            return True
    except OSError:
        return False


def _looks_dumb(base):
    # A dumb database is a .dat file plus a .dir index that is empty or starts with a quoted key.
    try:
        os.stat(base + b".dat")
        if os.stat(base + b".dir").st_size == 0:
            return True
        with io.open(base + b".dir", "rb") as f:
            return f.read(1) in (b"'", b'"')
    except OSError:
        return False


def whichdb(filename):
    """Guess which dbm submodule created `filename`.

    Returns None when the database cannot be read, "" when it can be read but is not
    recognised, else the module name ("dbm.ndbm", "dbm.gnu" or "dbm.dumb").
    """
    base = os.fsencode(filename)
    if _readable(base + b".pag") and _readable(base + b".dir"):
        return "dbm.ndbm"
    if _readable(base + b".db") and ndbm is not None:
        try:
            ndbm.open(base).close()
            return "dbm.ndbm"
        except OSError:
            pass
    if _looks_dumb(base):
        return "dbm.dumb"
    try:
        f = io.open(base, "rb")
    except OSError:
        return None
    with f:
        head = f.read(4)
    if len(head) != 4:
        return ""
    (magic,) = struct.unpack("=l", head)
    if magic in (0x13579ace, 0x13579acd, 0x13579acf):
        return "dbm.gnu"
    return ""


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(whichdb(name) or "UNKNOWN", name)
