import os, sys, tempfile, shutil, runpy, pkgutil, warnings

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

    g = runpy.run_module('pkg.mod', init_globals={'GREETING': 'hi'})
    print(g['result'], g['__name__'], g['__package__'], rel(g['__file__']), g['__doc__'], g['__spec__'].name)
    g = runpy.run_module('pkg.mod', run_name='__main__', alter_sys=True)
    print(g['result'], rel(g['argv0']))
    g = runpy.run_module('pkg')
    print(g['__name__'], rel(g['__file__']))
    for bad in ['nosuchmod', '.rel', 'pkg.nosuch', 'pkg.sub', 'nopkg.x.y']:
        try:
            runpy.run_module(bad)
        except ImportError as e:
            print(type(e).__name__, e)
    g = runpy.run_path(os.path.join(tmp, 'script.py'))
    print(g['answer'], g['__name__'], rel(g['__file__']), g['__package__'], g['__spec__'], g['__loader__'])
    g = runpy.run_path(os.path.join(tmp, 'script.py'), run_name='x.y', init_globals={'q': 5})
    print(g['__name__'], g['__package__'], g['q'])
    g = runpy.run_path(os.path.join(tmp, 'app'))
    print(g['z'], g['__name__'], rel(g['__file__']))
    try:
        runpy.run_path(os.path.join(tmp, 'nopkg'))
    except ImportError as e:
        print('ImportError', str(e).replace(tmp, 'TMP'))
    try:
        runpy.run_path(os.path.join(tmp, 'broken.py'))
    except ValueError as e:
        print('ValueError', e)

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
