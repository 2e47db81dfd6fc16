# os and os.path: files in a private temp dir (name based on the pid), relative paths only in output.
import os
import os.path
import sys

print(os.name, os.sep, repr(os.altsep), os.extsep, os.pathsep, repr(os.linesep), os.curdir, os.pardir, os.devnull)
print(os.path is sys.modules['os.path'], os.path.__name__)
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK)

base = 'tmp_os_basics_%d' % os.getpid()
os.mkdir(base)
try:
    print(os.path.isdir(base), os.path.isfile(base), os.path.exists(base))
    f = os.path.join(base, 'a.txt')
    with open(f, 'w') as fh:
        fh.write('hello\n')
    st = os.stat(f)
    print(type(st).__name__, len(st), st.st_size, st[6], os.path.getsize(f))
    print(st.st_mode & 0o170000 == 0o100000, isinstance(st.st_mtime, float), isinstance(st.st_mtime_ns, int))
    print(st[8] == int(st.st_mtime), st.st_mtime_ns // 10**9 == st[8])
    os.utime(f, ns=(1_000_000_000_123, 2_000_000_000_456))
    st = os.stat(f)
    print(st.st_atime_ns, st.st_mtime_ns, st.st_mtime, st[8], os.path.getmtime(f))
    os.utime(f, (5, 7.5))
    print(os.stat(f).st_mtime, os.stat(f).st_atime)
    print(os.access(f, os.F_OK), os.access(f, os.R_OK), os.access(os.path.join(base, 'nope'), os.F_OK))
    r = repr(os.stat(f))
    print(r.startswith('os.stat_result(st_mode='), 'st_mtime=7)' in r)

    os.makedirs(os.path.join(base, 'x', 'y', 'z'))
    os.makedirs(os.path.join(base, 'x', 'y'), exist_ok=True)
    try:
        os.makedirs(os.path.join(base, 'x', 'y'))
    except FileExistsError as e:
        print('FileExistsError', e.errno, e.strerror, os.path.relpath(e.filename).replace(base, '<base>'))
    with open(os.path.join(base, 'x', 'b.py'), 'w') as fh:
        fh.write('pass')
    print(sorted(os.listdir(base)))
    for top, dirs, files in os.walk(base):
        dirs.sort()
        print(os.path.relpath(top, base), dirs, sorted(files))
    print([os.path.relpath(t, base) for t, d, fs in os.walk(base, topdown=False)])
    entries = sorted(os.scandir(base), key=lambda e: e.name)
    for e in entries:
        print(e.name, os.path.relpath(e.path).replace(base, '<base>'), e.is_dir(), e.is_file(), e.is_symlink(), e.stat().st_size if e.is_file() else '-')
    with os.scandir(base) as it:
        print(sorted(x.name for x in it))

    os.rename(f, os.path.join(base, 'b.txt'))
    print(sorted(os.listdir(base)))
    os.replace(os.path.join(base, 'b.txt'), os.path.join(base, 'c.txt'))
    print(os.path.exists(f), os.path.exists(os.path.join(base, 'c.txt')))

    for bad in [lambda: os.stat(os.path.join(base, 'missing')),
                lambda: os.remove(os.path.join(base, 'missing')),
                lambda: os.rmdir(os.path.join(base, 'x')),
                lambda: os.mkdir(base),
                lambda: os.listdir(os.path.join(base, 'c.txt')),
                lambda: os.chdir('no_such_dir_xyz')]:
        try:
            bad()
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror, e.filename.replace(base, '<base>'))
    try:
        os.rename(os.path.join(base, 'zz'), os.path.join(base, 'yy'))
    except FileNotFoundError as e:
        print(str(e).replace(base, '<base>'))

    cwd = os.getcwd()
    os.chdir(base)
    print(sorted(os.listdir()), os.path.basename(os.getcwd()) == base)
    os.chdir('..')
    print(os.getcwd() == cwd)

    class P:
        def __fspath__(self):
            return os.path.join(base, 'c.txt')
    print(os.fspath(P()).replace(base, '<base>'), os.path.exists(P()), isinstance(P(), os.PathLike), os.fspath(b'x'))
    try:
        os.fspath(3)
    except TypeError as e:
        print(e)
finally:
    for top, dirs, files in os.walk(base, topdown=False):
        for n in files:
            os.remove(os.path.join(top, n))
        for n in dirs:
            os.rmdir(os.path.join(top, n))
    os.rmdir(base)
print(os.path.exists(base))

# environ
os.environ['SHARPY_OS_TEST'] = 'v1'
print(os.environ['SHARPY_OS_TEST'], os.getenv('SHARPY_OS_TEST'), 'SHARPY_OS_TEST' in os.environ)
print(os.environ.get('SHARPY_NOPE'), os.getenv('SHARPY_NOPE', 'dflt'))
del os.environ['SHARPY_OS_TEST']
print('SHARPY_OS_TEST' in os.environ, os.getenv('SHARPY_OS_TEST'))
try:
    os.environ['SHARPY_NOPE']
except KeyError as e:
    print('KeyError', e)
try:
    os.environ['A'] = 1
except TypeError as e:
    print(e)
print(isinstance(os.getpid(), int), os.cpu_count() >= 1, len(os.urandom(7)), type(os.urandom(0)))
print(os.strerror(2), '|', os.strerror(13))

# symlinks (relative target), readlink, lstat vs stat, islink, realpath
base = 'tmp_os_links_%d' % os.getpid()
os.mkdir(base)
try:
    target = os.path.join(base, 't.txt')
    with open(target, 'w') as fh:
        fh.write('abc')
    link = os.path.join(base, 'l.txt')
    os.symlink('t.txt', link)
    print(os.readlink(link), os.path.islink(link), os.path.islink(target), os.path.exists(link))
    print(os.lstat(link).st_mode & 0o170000 == 0o120000, os.stat(link).st_size, os.path.realpath(link) == os.path.abspath(target))
    e = [x for x in os.scandir(base) if x.name == 'l.txt'][0]
    print(e.is_symlink(), e.is_file(), e.is_file(follow_symlinks=False))
    os.remove(target)
    print(os.path.exists(link), os.path.lexists(link))
    try:
        os.readlink(os.path.join(base, 'nothing'))
    except FileNotFoundError as err:
        print(err.errno, err.strerror)
    os.remove(link)
finally:
    for n in os.listdir(base):
        os.remove(os.path.join(base, n))
    os.rmdir(base)
print(isinstance(os.getppid(), int), isinstance(os.getuid(), int), os.getuid() == os.geteuid() or True)
