"""faulthandler for Sharpy: the Python-level switches and traceback dumps.

Sharpy turns fatal .NET errors into Python errors itself, so there are no signal handlers to install;
enable()/disable()/is_enabled() keep CPython's state and argument checks, and dump_traceback() prints the
current thread's stack in faulthandler's format.
"""

import sys as _sys

__all__ = ['cancel_dump_traceback_later', 'disable', 'dump_traceback', 'dump_traceback_later', 'enable',
           'is_enabled', 'register', 'unregister']

_enabled = False
_registered = {}


def _file_of(file):
    if file is None:
        file = _sys.stderr
        if file is None:
            raise RuntimeError("sys.stderr is None")
    if isinstance(file, int):
        if file < 0:
            raise ValueError("file is not a valid file descripter")
        return file
    fileno = file.fileno()  # as CPython: a file without a descriptor raises here
    if fileno < 0:
        raise ValueError("file is not a valid file descripter")
    try:
        file.flush()
    except Exception:
        pass
    return file


def enable(file=None, all_threads=True):
    global _enabled
    _file_of(file)
    _enabled = True


def disable():
    global _enabled
    was = _enabled
    _enabled = False
    return was


def is_enabled():
    return _enabled


def _write(file, text):
    if isinstance(file, int):
        import os
        os.write(file, text.encode('utf-8', 'backslashreplace'))
    else:
        file.write(text)
        file.flush()


def dump_traceback(file=None, all_threads=True):
    file = _file_of(file)
    frame = _sys._getframe(1)
    if all_threads:
        import threading
        lines = ['Current thread 0x%016x (most recent call first):\n' % threading.get_ident()]
    else:
        lines = ['Stack (most recent call first):\n']
    while frame is not None:
        code = frame.f_code
        lines.append('  File "%s", line %d in %s\n' % (code.co_filename, frame.f_lineno, code.co_name))
        frame = frame.f_back
    _write(file, ''.join(lines))


def dump_traceback_later(timeout, repeat=False, file=None, exit=False):
    if timeout <= 0:
        raise ValueError("timeout must be greater than 0")
    _file_of(file)


def cancel_dump_traceback_later():
    pass


def register(signum, file=None, all_threads=True, chain=False):
    _file_of(file)
    _registered[signum] = (file, all_threads, chain)


def unregister(signum):
    return _registered.pop(signum, None) is not None
