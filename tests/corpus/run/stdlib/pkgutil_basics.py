# pkgutil over a package tree made in a temporary directory.
import os, sys, tempfile, shutil, pkgutil

tmp = tempfile.mkdtemp()
def rel(p):
    return None if p is None else os.path.relpath(p, tmp)
try:
    os.makedirs(os.path.join(tmp, 'pkg', 'sub'))
    os.makedirs(os.path.join(tmp, 'app'))
    os.makedirs(os.path.join(tmp, 'nopkg'))
    files = {
        'pkg/__init__.py': 'VALUE = 1\n',
        'pkg/mod.py': 'import sys\nresult = __name__\nargv0 = sys.argv[0]\nprint("running", __name__, __package__, GREETING if "GREETING" in globals() else None)\n',
        'pkg/__main__.py': 'print("pkg main", __name__)\n',
        'pkg/sub/__init__.py': '',
        'pkg/sub/deep.py': 'X = 42\n',
        'pkg/data.txt': 'some data\n',
        'script.py': 'import sys\nprint("script", __name__, __file__ is not None, sys.argv[0] == __file__)\nanswer = 6 * 7\n',
        'app/__main__.py': 'print("app main", __name__)\nz = 3\n',
        'top.py': 'T = 1\n',
        'nopkg/x.py': '',
        'broken.py': 'raise ValueError("broken module")\n',
    }
    for name, text in files.items():
        with open(os.path.join(tmp, name), 'w') as f:
            f.write(text)
    sys.path.insert(0, tmp)

    print([(m.name, m.ispkg) for m in pkgutil.iter_modules([tmp])])
    print([(m.name, m.ispkg) for m in pkgutil.iter_modules([tmp], prefix='p.')])
    print([(m.name, m.ispkg) for m in pkgutil.walk_packages([tmp], onerror=lambda n: print('error in', n))])
    import pkg
    print([m.name for m in pkgutil.iter_modules(pkg.__path__, pkg.__name__ + '.')])
    print(pkgutil.get_data('pkg', 'data.txt'))
    print(pkgutil.get_data('pkg', 'sub/__init__.py'))
    print(pkgutil.resolve_name('pkg.sub.deep:X'), pkgutil.resolve_name('pkg.sub.deep.X'))
    print(pkgutil.resolve_name('os.path:join').__name__, pkgutil.resolve_name('collections.OrderedDict').__name__)
    for bad in ['1abc', 'pkg:', 'pkg.missing']:
        try:
            print(type(pkgutil.resolve_name(bad)).__name__)
        except (ValueError, AttributeError, ImportError) as e:
            print(type(e).__name__, e)
    found = []
    for info in pkgutil.walk_packages([tmp], prefix='', onerror=found.append):
        if info.name.startswith('pkg'):
            found.append((info.name, info.ispkg, type(info.module_finder).__name__))
    print(found)
    print(pkgutil.extend_path(['x'], 'nonexistent_pkg_name'), pkgutil.extend_path('notalist', 'pkg'))
    print(type(pkgutil.get_importer(tmp)).__name__, pkgutil.get_importer(os.path.join(tmp, 'top.py')))
    print(pkgutil.get_loader('pkg.sub.deep').name, pkgutil.find_loader('top').name, pkgutil.find_loader('nothere'))
    info = pkgutil.ModuleInfo('finder', 'name', False)
    print(info, info._fields)
    print(any(m.name == 'json' and m.ispkg for m in pkgutil.iter_modules()))
    try:
        list(pkgutil.iter_modules('abc'))
    except ValueError as e:
        print(e)
finally:
    sys.path.remove(tmp)
    shutil.rmtree(tmp)
