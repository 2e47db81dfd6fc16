# A namespace package's __path__ (_NamespacePath) follows sys.path: a portion added to a directory
# appended later is found by the next import, and repr shows the recomputed path; a nested namespace
# package follows its parent's path. importlib.invalidate_caches drops relative and None entries of
# sys.path_importer_cache. importlib.util.source_hash takes any bytes-like object.
import importlib, importlib.util, os, shutil, sys, tempfile

sys.dont_write_bytecode = True
tmp = os.path.realpath(tempfile.mkdtemp())
os.chdir(tmp)


def write(path, text=''):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)


def show(path):
    return repr(path).replace(tmp, '<tmp>')


write('x/ns/a.py', 'A = 1\n')
write('x/ns/deep/d1.py', 'D = 1\n')
sys.path[:0] = ['x']
import ns.a, ns.deep.d1
print(show(ns.__path__), show(ns.deep.__path__))
write('y/ns/b.py', 'B = 2\n')
write('y/ns/deep/d2.py', 'D = 2\n')
sys.path.append('y')
import ns.b
print(ns.b.B, show(ns.__path__))
import ns.deep.d2
print(ns.deep.d2.D, show(ns.deep.__path__))
try:
    import ns.c
except ImportError as e:
    print(type(e).__name__, e)
write('y/ns/c.py', 'C = 3\n')
importlib.invalidate_caches()
import ns.c
print(ns.c.C)
print(sorted(k for k in sys.path_importer_cache if not k.startswith('/')))
sys.path.remove('y')
print(show(ns.__path__))

print(importlib.util.source_hash(bytearray(b'abc')) == importlib.util.source_hash(b'abc'),
      importlib.util.source_hash(memoryview(b'abc')) == importlib.util.source_hash(b'abc'))
try:
    importlib.util.source_hash('abc')
except TypeError as e:
    print(e)
os.chdir('/')
shutil.rmtree(tmp)
