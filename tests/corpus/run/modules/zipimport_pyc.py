# zipimport with bytecode in the archive: NAME.pyc beside NAME.py is used when its timestamp matches
# the source's entry, a pyc without source is imported alone, a stale or foreign pyc falls back to the
# source, and a zip entry first on sys.path works before os/zipfile are imported (the zip hook must
# not recurse into itself). Each import runs in a fresh interpreter; the pycs are the running
# interpreter's own (py_compile), so the output does not depend on the implementation.
import os, py_compile, shutil, subprocess, sys, tempfile, time, zipfile

tmp = os.path.realpath(tempfile.mkdtemp())
os.chdir(tmp)


def write(path, text, mtime=None):
    with open(path, 'w') as f:
        f.write(text)
    if mtime is not None:
        os.utime(path, (mtime, mtime))


def run(archive, code):
    r = subprocess.run([sys.executable, '-B', '-c', f'import sys; sys.path.insert(0, {archive!r})\n' + code],
                       capture_output=True, text=True)
    err = r.stderr.strip().splitlines()
    print(r.stdout.rstrip() or '-', '|', err[-1] if err else '', '| rc', r.returncode)


def make_zip(name, entries):
    # entries: (archive name, file on disk); the entry's date is the file's mtime, as ZipFile.write sets it.
    with zipfile.ZipFile(name, 'w') as z:
        for arcname, path in entries:
            z.write(path, arcname)


mtime = time.mktime((2024, 5, 6, 7, 8, 10, 0, 0, -1))
write('zm.py', 'V = "source"\n', mtime)
py_compile.compile('zm.py', cfile='fresh.pyc')
write('other.py', 'V = "other code"\n', mtime)
py_compile.compile('other.py', cfile='stale.pyc')
with open('fresh.pyc', 'rb') as f:
    data = f.read()
with open('foreign.pyc', 'wb') as f:
    f.write(b'\x00\x00\r\n' + data[4:])
os.mkdir('pkgsrc')
write('pkgsrc/__init__.py', 'P = "package"\n', mtime)
py_compile.compile('pkgsrc/__init__.py', cfile='pkg.pyc')

show = 'import zm; print(zm.V, zm.__file__, type(zm.__loader__).__name__, zm.__loader__.get_source("zm") is None)'
make_zip('source.zip', [('zm.py', 'zm.py')])
run('source.zip', show)
make_zip('both.zip', [('zm.py', 'zm.py'), ('zm.pyc', 'fresh.pyc')])
run('both.zip', show)
# the pyc's recorded mtime/size belong to other.py: stale for zm.py, so the source is compiled
write('zm2.py', 'V = "source"\n', mtime)
make_zip('stale.zip', [('zm.py', 'zm2.py'), ('zm.pyc', 'stale.pyc')])
run('stale.zip', show)
make_zip('only.zip', [('zm.pyc', 'fresh.pyc')])
run('only.zip', show)
make_zip('foreign.zip', [('zm.py', 'zm.py'), ('zm.pyc', 'foreign.pyc')])
run('foreign.zip', show)
make_zip('foreign_only.zip', [('zm.pyc', 'foreign.pyc')])
run('foreign_only.zip', show)
make_zip('pkg.zip', [('pk/__init__.pyc', 'pkg.pyc')])
run('pkg.zip', 'import pk; print(pk.P, pk.__file__, pk.__path__)')
# importlib.machinery/zipimporter directly, after the modules it needs are loaded
run('only.zip', 'import zipimport; z = zipimport.zipimporter("only.zip"); print(z.get_filename("zm"), z.is_package("zm"), type(z.get_code("zm")).__name__)')
os.chdir('/')
shutil.rmtree(tmp)
