# glob: patterns, hidden files, recursive '**', root_dir, escape; inside a temporary directory.
import glob
import os
import tempfile

tmp = tempfile.mkdtemp()
old = os.getcwd()
os.chdir(tmp)
try:
    for d in ('src/pkg', 'docs', 'build/lib'):
        os.makedirs(d)
    for f in ('setup.py', 'README.md', '.env', 'src/main.py', 'src/pkg/__init__.py', 'src/pkg/mod.py',
              'docs/index.rst', 'build/lib/out.o', 'weird[1].txt', 'q?.txt'):
        with open(f, 'w') as fh:
            fh.write('x')
    print(sorted(glob.glob('*')))
    print(sorted(glob.glob('*.py')), sorted(glob.glob('.*')), sorted(glob.glob('*', include_hidden=True)))
    print(sorted(glob.glob('src/*.py')), sorted(glob.glob('*/*.py')), sorted(glob.glob('*/*/*.py')))
    print(sorted(glob.glob('**/*.py')), sorted(glob.glob('**/*.py', recursive=True)))
    print(sorted(glob.glob('**', recursive=True)))
    print(sorted(glob.glob('src/**', recursive=True)), sorted(glob.glob('src/**/', recursive=True)))
    print(sorted(glob.glob('*/')), glob.glob('setup.py'), glob.glob('nope.py'), glob.glob('docs/'), glob.glob(''))
    print(sorted(glob.glob('[sd]*')), sorted(glob.glob('?????.py')), sorted(glob.glob('[!s]*')))
    print(glob.glob(glob.escape('weird[1].txt')), sorted(glob.glob('weird[1].txt')), glob.glob(glob.escape('q?.txt')))
    print(glob.escape('a*b?c[d]'), glob.has_magic('a*'), glob.has_magic('plain'), glob.escape(b'x*'))
    print(sorted(glob.glob('*.py', root_dir='src')), sorted(glob.glob('**/*.py', root_dir='src', recursive=True)))
    print(sorted(glob.iglob('docs/*')), type(glob.iglob('*')).__name__ in ('generator', 'chain'))
    print(sorted(glob.glob(os.path.join(tmp, 'src', '*.py'))) == [os.path.join(tmp, 'src', 'main.py')])
finally:
    os.chdir(old)
    for root, dirs, files in os.walk(tmp, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(tmp)
print(os.path.exists(tmp))
