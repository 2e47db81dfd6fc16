"""Byte-compile one Python source file into Sharpy's bytecode cache (CPython 3.11's py_compile API).

The pyc is written by Sharpy's cache layer (the same code the import system uses), so its header is
Sharpy's: CPython's 16 bytes followed by Sharpy's own fields (see docs/pyc-format.md).
"""

import builtins
import enum
import importlib.util
import os
import os.path
import sys
import traceback

import _sharpy_pycache

__all__ = ["compile", "main", "PyCompileError", "PycInvalidationMode"]


class PyCompileError(Exception):
    """A compile error reported by compile(doraise=True).

    Attributes: exc_type_name (name of the original exception's type), exc_value (the original
    exception), file (the file name shown in the message) and msg (the text str() returns).
    """

    def __init__(self, exc_type, exc_value, file, msg=''):
        exc_type_name = exc_type.__name__
        if exc_type is SyntaxError:
            # The error as an uncaught SyntaxError would print it, naming the compiled file.
            text = ''.join(traceback.format_exception_only(exc_type, exc_value))
            errmsg = text.replace('File "<string>"', 'File "%s"' % file)
        else:
            errmsg = "Sorry: %s: %s" % (exc_type_name, exc_value)
        Exception.__init__(self, msg or errmsg, exc_type_name, exc_value, file)
        self.exc_type_name = exc_type_name
        self.exc_value = exc_value
        self.file = file
        self.msg = msg or errmsg

    def __str__(self):
        return self.msg


class PycInvalidationMode(enum.Enum):
    TIMESTAMP = 1
    CHECKED_HASH = 2
    UNCHECKED_HASH = 3


def _get_default_invalidation_mode():
    # Reproducible builds (SOURCE_DATE_EPOCH set) must not depend on file times.
    if os.environ.get('SOURCE_DATE_EPOCH'):
        return PycInvalidationMode.CHECKED_HASH
    return PycInvalidationMode.TIMESTAMP


def _default_cfile(file, optimize):
    if optimize >= 0:
        return importlib.util.cache_from_source(file, optimization=optimize if optimize >= 1 else '')
    return importlib.util.cache_from_source(file)


def compile(file, cfile=None, dfile=None, doraise=False, optimize=-1,
            invalidation_mode=None, quiet=0):
    """Byte-compile `file` and write the pyc to `cfile` (default: its __pycache__ entry).

    dfile is the file name recorded in the code object (default: file). On a compile error: raise
    PyCompileError if doraise, else print its message to stderr (quiet=2 silences both); the result
    is then None. optimize: -1 uses the interpreter's -O level. Returns the path of the pyc.
    """
    if invalidation_mode is None:
        invalidation_mode = _get_default_invalidation_mode()
    if cfile is None:
        cfile = _default_cfile(file, optimize)
    if os.path.islink(cfile):
        raise FileExistsError('{} is a symlink and will be changed into a regular file if '
                              'import writes a byte-compiled file to it'.format(cfile))
    if os.path.exists(cfile) and not os.path.isfile(cfile):
        raise FileExistsError('{} is a non-regular file and will be changed into a regular '
                              'one if import writes a byte-compiled file to it'.format(cfile))
    with open(file, 'rb') as f:
        source_bytes = f.read()
    try:
        code = builtins.compile(source_bytes, dfile or file, 'exec', dont_inherit=True, optimize=optimize)
    except Exception as err:
        error = PyCompileError(err.__class__, err, dfile or file)
        if quiet < 2:
            if doraise:
                raise error
            sys.stderr.write(error.msg + '\n')
        return None
    mode = PycInvalidationMode(invalidation_mode).value
    _sharpy_pycache.write_pyc(code, file, source_bytes, cfile, mode)
    return cfile


def main():
    import argparse

    parser = argparse.ArgumentParser(description='A simple command-line interface for py_compile module.')
    parser.add_argument('-q', '--quiet', action='store_true', help='Suppress error output')
    parser.add_argument('filenames', nargs='+', help='Files to compile')
    args = parser.parse_args()
    if args.filenames == ['-']:
        filenames = [name.rstrip('\n') for name in sys.stdin.readlines()]
    else:
        filenames = args.filenames
    for filename in filenames:
        try:
            compile(filename, doraise=True)
        except PyCompileError as error:
            parser.exit(1) if args.quiet else parser.exit(1, error.msg)
        except OSError as error:
            parser.exit(1) if args.quiet else parser.exit(1, str(error))


if __name__ == "__main__":
    main()
