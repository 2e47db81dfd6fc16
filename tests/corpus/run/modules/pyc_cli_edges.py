# Edges of the byte-compiling command lines and of running bytecode directly, each in a fresh
# interpreter: `-m py_compile` messages for SyntaxError subclasses ("Sorry: TabError: ..."),
# compiler errors with their source line, SyntaxWarnings while compiling, an empty name from stdin;
# pyc files run as scripts (too short, bad magic, __cached__ of __main__); runpy.run_path of a pyc;
# SourcelessFileLoader on a pyc with only CPython's 16-byte header; a circular import's
# "partially initialized module" AttributeError. -W options decide about compile-time warnings.
import os, py_compile, shutil, subprocess, sys, tempfile

tmp = os.path.realpath(tempfile.mkdtemp())
os.chdir(tmp)
TAG = sys.implementation.cache_tag


def write(path, text):
    os.makedirs(os.path.dirname(path) or '.', exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)


def run(*args, stdin=None):
    r = subprocess.run([sys.executable, *args], capture_output=True, text=True, input=stdin)
    out = (r.stdout + r.stderr).replace(tmp, '<tmp>').replace(TAG, 'TAG')
    print('$', *args, '->', r.returncode)
    print(out.rstrip('\n') if out.strip() else '(no output)')


write('tab.py', 'if 1:\n\tx = 1\n        y = 2\n')
write('indent.py', 'def f():\nreturn 1\n')
write('ret.py', 'x = 1\nreturn 5\n')
write('warn.py', 'x = 1 is 1\nassert (x, "never false")\n')
write('ok.py', 'print("ok ran", __name__, __cached__)\n')
run('-m', 'py_compile', 'tab.py')
run('-m', 'py_compile', 'indent.py')
run('-m', 'py_compile', 'ret.py')
run('-m', 'py_compile', 'warn.py')
run('-W', 'error', '-m', 'py_compile', 'warn.py')
run('-W', 'ignore::SyntaxWarning', '-m', 'py_compile', 'warn.py')
run('-W', 'ignore', '-W', 'default:assertion', '-m', 'compileall', '-q', '-f', 'warn.py')
run('-m', 'py_compile', '-', stdin='ok.py\n\nwarn.py\n')
run('-m', 'compileall', '-q', 'tab.py', 'ret.py')

py_compile.compile('ok.py', cfile='ok.pyc')
run('ok.pyc')
with open('ok.pyc', 'rb') as f:
    data = f.read()
for name, content in [('two.pyc', b'ab'), ('magic_only.pyc', data[:4]), ('ten.pyc', data[:10]), ('junk.pyc', b'junk')]:
    with open(name, 'wb') as f:
        f.write(content)
    run(name)
run('-c', 'import runpy; g = runpy.run_path("ok.pyc"); print(g["__name__"])')

with open('short.pyc', 'wb') as f:
    f.write(data[:16])
run('-c', 'from importlib.machinery import SourcelessFileLoader as L\n'
          'try: L("short", "short.pyc").get_code("short")\n'
          'except Exception as e: print(type(e).__name__, e)')

write('p/__init__.py', 'P = 1\nimport p.q\n')
write('p/q.py', 'import p.q\nprint(p.q)\n')
run('-B', '-c', 'import p')
os.chdir('/')
shutil.rmtree(tmp)
