"""Byte-compile directory trees and files into Sharpy's bytecode cache (CPython 3.11's compileall API).

compile_dir, compile_file and compile_path behave as CPython's and print the same messages. Two
differences: a cache counts as up to date only if the import system would load it (size, nanosecond
mtime and the racy-edit hash are checked, not just the 12-byte prefix CPython compares), and
`workers` other than 1 compiles in this process one file after another (Sharpy has no process pool;
the command line, `sharpy -m compileall -j N`, compiles in parallel natively).
"""

import importlib.util
import os
import py_compile
import sys

import _sharpy_pycache

__all__ = ["compile_dir", "compile_file", "compile_path"]


def _walk_dir(dir, maxlevels, quiet=0):
    if quiet < 2 and isinstance(dir, os.PathLike):
        dir = os.fspath(dir)
    if not quiet:
        print('Listing {!r}...'.format(dir))
    try:
        names = os.listdir(dir)
    except OSError:
        if quiet < 2:
            print("Can't list {!r}".format(dir))
        names = []
    names.sort()
    for name in names:
        if name == '__pycache__':
            continue
        fullname = os.path.join(dir, name)
        if not os.path.isdir(fullname):
            yield fullname
        elif (maxlevels > 0 and name != os.curdir and name != os.pardir
              and not os.path.islink(fullname)):
            yield from _walk_dir(fullname, maxlevels=maxlevels - 1, quiet=quiet)


def _check_ddir(ddir, stripdir, prependdir):
    if ddir is not None and (stripdir is not None or prependdir is not None):
        raise ValueError("Destination dir (ddir) cannot be used in combination with stripdir or prependdir")


def compile_dir(dir, maxlevels=None, ddir=None, force=False, rx=None, quiet=0, legacy=False,
                optimize=-1, workers=1, invalidation_mode=None, *, stripdir=None, prependdir=None,
                limit_sl_dest=None, hardlink_dupes=False):
    """Byte-compile every .py file under `dir` (down to `maxlevels` levels of subdirectories).

    Returns True if every file compiled. See compile_file for the other arguments.
    """
    _check_ddir(ddir, stripdir, prependdir)
    if ddir is not None:
        stripdir, prependdir, ddir = dir, ddir, None
    if workers < 0:
        raise ValueError('workers must be greater or equal to 0')
    if maxlevels is None:
        maxlevels = sys.getrecursionlimit()
    success = True
    for file in _walk_dir(dir, quiet=quiet, maxlevels=maxlevels):
        if not compile_file(file, ddir, force, rx, quiet, legacy, optimize, invalidation_mode,
                            stripdir=stripdir, prependdir=prependdir,
                            limit_sl_dest=limit_sl_dest, hardlink_dupes=hardlink_dupes):
            success = False
    return success


def _display_name(fullname, name, ddir, stripdir, prependdir):
    dfile = None
    if ddir is not None:
        dfile = os.path.join(ddir, name)
    if stripdir is not None:
        # As CPython 3.11: components equal to the stripdir's at the same position are removed by value.
        parts = fullname.split(os.path.sep)
        kept = list(parts)
        for strip_part, part in zip(stripdir.split(os.path.sep), parts):
            if strip_part == part:
                kept.remove(strip_part)
        dfile = os.path.join(*kept)
    if prependdir is not None:
        dfile = os.path.join(prependdir, fullname if dfile is None else dfile)
    return dfile


def _cache_file(fullname, level, legacy):
    if legacy:
        return fullname + 'c'
    if level >= 0:
        return importlib.util.cache_from_source(fullname, optimization=level if level >= 1 else '')
    return importlib.util.cache_from_source(fullname)


def _same_bytes(a, b):
    with open(a, 'rb') as fa, open(b, 'rb') as fb:
        return fa.read() == fb.read()


def _report_failure(fullname, quiet):
    """Prints the start of an error report; False when quiet=2 silences it."""
    if quiet >= 2:
        return False
    if quiet:
        print('*** Error compiling {!r}...'.format(fullname))
    else:
        print('*** ', end='')
    return True


def compile_file(fullname, ddir=None, force=False, rx=None, quiet=0, legacy=False, optimize=-1,
                 invalidation_mode=None, *, stripdir=None, prependdir=None, limit_sl_dest=None,
                 hardlink_dupes=False):
    """Byte-compile one file; returns True on success (files that are not .py count as success).

    ddir/stripdir/prependdir: the file name recorded in the code object; force: rewrite up-to-date
    caches; rx: skip paths it matches (re.search); quiet: 1 errors only, 2 nothing; legacy: write
    FILE.pyc beside the source; optimize: a level or a list of levels (-1 = the interpreter's);
    limit_sl_dest: skip symlinks pointing outside this directory; hardlink_dupes: link identical
    pycs of consecutive optimization levels.
    """
    _check_ddir(ddir, stripdir, prependdir)
    success = True
    fullname = os.fspath(fullname)
    stripdir = os.fspath(stripdir) if stripdir is not None else None
    name = os.path.basename(fullname)
    dfile = _display_name(fullname, name, ddir, stripdir, prependdir)

    levels = sorted(set([optimize] if isinstance(optimize, int) else optimize))
    if hardlink_dupes and len(levels) < 2:
        raise ValueError("Hardlinking of duplicated bytecode makes sense only for more than one optimization level")
    if rx is not None and rx.search(fullname):
        return success
    if limit_sl_dest is not None and os.path.islink(fullname):
        from pathlib import Path
        if Path(limit_sl_dest).resolve() not in Path(fullname).resolve().parents:
            return success
    if not os.path.isfile(fullname):
        return success
    cfiles = {level: _cache_file(fullname, level, legacy) for level in levels}
    if not name.endswith('.py'):
        return success
    if not force and _sharpy_pycache.is_up_to_date(fullname, list(cfiles.values())):
        return success
    if not quiet:
        print('Compiling {!r}...'.format(fullname))
    try:
        for index, level in enumerate(levels):
            cfile = cfiles[level]
            ok = py_compile.compile(fullname, cfile, dfile, True, optimize=level,
                                    invalidation_mode=invalidation_mode)
            if index > 0 and hardlink_dupes:
                previous = cfiles[levels[index - 1]]
                if _same_bytes(cfile, previous):
                    os.unlink(cfile)
                    os.link(previous, cfile)
    except py_compile.PyCompileError as err:
        success = False
        if not _report_failure(fullname, quiet):
            return success
        # Non-printable characters of the message are escaped for the output's encoding.
        encoding = sys.stdout.encoding or sys.getdefaultencoding()
        print(err.msg.encode(encoding, errors='backslashreplace').decode(encoding))
    except (SyntaxError, UnicodeError, OSError) as e:
        success = False
        if not _report_failure(fullname, quiet):
            return success
        print(e.__class__.__name__ + ':', e)
    else:
        if ok == 0:
            success = False
    return success


def compile_path(skip_curdir=1, maxlevels=0, force=False, quiet=0, legacy=False, optimize=-1,
                 invalidation_mode=None):
    """Byte-compile the directories on sys.path (not their subdirectories, by default)."""
    success = True
    for dir in sys.path:
        if (not dir or dir == os.curdir) and skip_curdir:
            if quiet < 2:
                print('Skipping current directory')
        else:
            # As CPython: once a directory fails, the remaining ones are not compiled.
            success = success and compile_dir(dir, maxlevels, None, force, quiet=quiet, legacy=legacy,
                                              optimize=optimize, invalidation_mode=invalidation_mode)
    return success


def main():
    """The command line (`sharpy -m compileall`), run natively; returns True on success."""
    sys.stdout.flush()
    status = _sharpy_pycache.compileall_main(sys.argv[1:])
    if status == 2:
        sys.exit(2)
    return status == 0


if __name__ == '__main__':
    sys.exit(int(not main()))
