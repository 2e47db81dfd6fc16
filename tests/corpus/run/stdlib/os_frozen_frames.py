# Errors raised in (or passing through) os, posixpath, genericpath and codecs, which CPython freezes: the
# traceback entries there read "<frozen NAME>", line N (CPython's line), with no source line.
import codecs
import collections.abc
import os
import traceback


def library_frames(fn, *args):
    try:
        fn(*args)
    except Exception as e:
        lines = traceback.format_exception(e)
        frames = [line.rstrip() for line in lines if '<frozen' in line]
        print(f"{fn.__module__}.{fn.__name__}: {type(e).__name__}: {e}")
        for frame in frames:
            print("   ", frame.strip())
        print("    context:", type(e.__context__).__name__ if e.__context__ and not e.__suppress_context__ else None)
    else:
        print(fn.__name__, "did not raise")


os.environ.pop('SHARPY_UNSET_VAR', None)
library_frames(lambda: os.environ['SHARPY_UNSET_VAR'])
library_frames(os.environ.__setitem__, 'A', 1)
library_frames(os.environ.__setitem__, 2, 'x')
library_frames(os.environ.__delitem__, 'SHARPY_UNSET_VAR')
library_frames(os.makedirs, '/')
library_frames(os.makedirs, '/proc/sharpy_no/such')
library_frames(os.removedirs, '/sharpy_no/such')
library_frames(os.walk, None)
library_frames(os.fspath, 3)
library_frames(os.stat, None)
library_frames(os.lstat, 2.5)
library_frames(os.listdir, 2.5)
library_frames(os.rename, 2.5, 'x')
library_frames(os.utime, '/sharpy_no_such_file')
library_frames(os.getcwd, 1)
for fn, args in [(os.path.join, ('a', None)), (os.path.join, ('a', b'b')), (os.path.join, (1,)),
                 (os.path.exists, (None,)), (os.path.isdir, (2.5,)), (os.path.isfile, ([],)),
                 (os.path.islink, (None,)), (os.path.lexists, (None,)), (os.path.getsize, ('/sharpy_no_such',)),
                 (os.path.getmtime, ('/sharpy_no_such',)), (os.path.samefile, ('/', '/sharpy_no_such')),
                 (os.path.splitext, (3,)), (os.path.basename, (None,)), (os.path.dirname, (None,)),
                 (os.path.split, (2,)), (os.path.isabs, (None,)), (os.path.normcase, (1,)),
                 (os.path.normpath, (1,)), (os.path.abspath, (None,)), (os.path.expanduser, (None,)),
                 (os.path.expandvars, (None,)), (os.path.relpath, ('',)), (os.path.relpath, ('a', b'b')),
                 (os.path.commonpath, ([],)), (os.path.commonpath, (['/a', 'b'],)),
                 (os.path.commonpath, (['/a', b'/b'],)), (os.path.commonprefix, ([1, 2],)),
                 (codecs.open, ('/sharpy_no_such_dir/x',))]:
    library_frames(fn, *args)

print(isinstance(os.environ, collections.abc.MutableMapping), isinstance(os.environ, collections.abc.Mapping))
print(os.path.exists(os.sep), os.path.isdir(os.sep), os.path.isfile(os.sep), os.stat(0).st_mode > 0)
print(os.path.commonprefix(['/usr/lib', '/usr/local']), os.path.commonprefix([['a', 'b'], ['a', 'c']]))
