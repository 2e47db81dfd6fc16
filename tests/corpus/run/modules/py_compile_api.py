# py_compile and compileall as Python APIs: return values, printed messages, errors, files written.
# Paths are printed relative to a temporary directory, with the interpreter's cache tag replaced by TAG.
import compileall, importlib.util, io, os, py_compile, re, shutil, sys, tempfile
from contextlib import redirect_stdout, redirect_stderr

TAG = sys.implementation.cache_tag
tmp = tempfile.mkdtemp()
old = os.getcwd()
os.chdir(tmp)


def show(value):
    if isinstance(value, str):
        return value.replace(tmp + os.sep, '').replace(tmp, '.').replace(TAG, 'TAG')
    if isinstance(value, (list, tuple)):
        return type(value)(show(v) for v in value)
    return value


def tree():
    out = []
    for root, dirs, files in os.walk('.'):
        dirs.sort()
        for f in sorted(files):
            if f == '.gitignore':  # Sharpy marks the __pycache__ it creates as ignored by git
                continue
            out.append(show(os.path.join(root, f)))
    return out


def write(path, text):
    os.makedirs(os.path.dirname(path) or '.', exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)


try:
    print(list(py_compile.PycInvalidationMode), py_compile.PycInvalidationMode(2))
    print(py_compile._get_default_invalidation_mode())
    write('good.py', 'X = 41 + 1\n')
    write('bad.py', 'def f(:\n    pass\n')
    write('pkg/__init__.py', '')
    write('pkg/a.py', 'A = 1\n')
    write('pkg/sub/b.py', 'B = [\n')
    write('pkg/sub/c.txt', 'not python\n')

    print('compile ->', show(py_compile.compile('good.py')))
    print('cfile ->', show(py_compile.compile('good.py', cfile='out/good.pyc')))
    print('opt 2 ->', show(py_compile.compile('good.py', optimize=2)))
    print('hash ->', show(py_compile.compile('good.py', cfile='h.pyc',
                                                  invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)))
    with open('h.pyc', 'rb') as f:
        header = f.read(16)
    print('hash flags', int.from_bytes(header[4:8], 'little'), 'magic ok', header[:4] == importlib.util.MAGIC_NUMBER)

    err = io.StringIO()
    with redirect_stderr(err):
        print('bad, no raise ->', py_compile.compile('bad.py'))
    print('stderr:', show(err.getvalue()).splitlines())
    try:
        py_compile.compile('bad.py', doraise=True)
    except py_compile.PyCompileError as e:
        print('PyCompileError', e.exc_type_name, type(e.exc_value).__name__, show(e.file))
        print(show(str(e)).splitlines())
    print('quiet 2 ->', py_compile.compile('bad.py', doraise=True, quiet=2))
    try:
        py_compile.compile('missing.py')
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno, e.filename)
    os.mkdir('dir.pyc')
    try:
        py_compile.compile('good.py', cfile='dir.pyc')
    except FileExistsError as e:
        print('FileExistsError', show(str(e)))

    e = py_compile.PyCompileError(ValueError, ValueError('boom'), 'x.py')
    print(repr(e.msg), e.args[1:3], e.file)

    # compileall
    buf = io.StringIO()
    with redirect_stdout(buf):
        ok = compileall.compile_dir('pkg')
    print('compile_dir ok =', ok)
    print(show(buf.getvalue()).splitlines())
    buf = io.StringIO()
    with redirect_stdout(buf):
        ok = compileall.compile_dir('pkg', quiet=1)
    print('again quiet=1 ok =', ok, show(buf.getvalue()).splitlines())
    buf = io.StringIO()
    with redirect_stdout(buf):
        ok = compileall.compile_dir('pkg', quiet=2, force=True, rx=re.compile(r'sub'))
    print('rx ok =', ok, repr(buf.getvalue()))
    buf = io.StringIO()
    with redirect_stdout(buf):
        ok = compileall.compile_file('pkg/a.py', force=True, optimize=[1, 2, 1], ddir='/virtual')
    print('compile_file ok =', ok, show(buf.getvalue()).splitlines())
    buf = io.StringIO()
    with redirect_stdout(buf):
        ok = compileall.compile_file('good.py', legacy=True)
    print('legacy ok =', ok, show(buf.getvalue()).splitlines())
    buf = io.StringIO()
    with redirect_stdout(buf):
        ok = compileall.compile_dir('.', maxlevels=0, quiet=1)
    print('maxlevels=0 ok =', ok, show(buf.getvalue()).splitlines())
    for bad_call in (lambda: compileall.compile_dir('pkg', workers=-1),
                     lambda: compileall.compile_file('good.py', ddir='d', stripdir='s'),
                     lambda: compileall.compile_file('good.py', hardlink_dupes=True)):
        try:
            bad_call()
        except ValueError as e:
            print('ValueError', e)
    print(tree())
finally:
    os.chdir(old)
    shutil.rmtree(tmp)
