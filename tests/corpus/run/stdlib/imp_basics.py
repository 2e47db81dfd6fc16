# imp: the deprecated importlib front end (warning on import, cache naming, find/load).
import os
import sys
import tempfile
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    import imp
print([(w.category.__name__, str(w.message)[:40]) for w in caught])

import importlib.util
print(imp.get_magic() == importlib.util.MAGIC_NUMBER, imp.get_tag() == sys.implementation.cache_tag)
tag = imp.get_tag()
print(imp.cache_from_source('/a/b/mod.py') == '/a/b/__pycache__/mod.%s.pyc' % tag)
print(imp.cache_from_source('/a/b/mod.py', False) == '/a/b/__pycache__/mod.%s.opt-1.pyc' % tag)
print(imp.source_from_cache('/a/b/__pycache__/mod.%s.pyc' % tag))
for bad in ['/a/b/mod.pyc', '/a/__pycache__/mod.pyc']:
    try:
        imp.source_from_cache(bad)
    except ValueError as e:
        print('ValueError', str(e).replace(tag, 'TAG'))
print(imp.PY_SOURCE, imp.PY_COMPILED, imp.C_EXTENSION, imp.PKG_DIRECTORY, imp.C_BUILTIN, imp.PY_FROZEN, imp.SEARCH_ERROR, imp.IMP_HOOK)
m = imp.new_module('fresh')
print(type(m).__name__, m.__name__, 'fresh' in sys.modules)
print([s for s in imp.get_suffixes() if s[2] != imp.C_EXTENSION])
print(imp.find_module('sys'))
print(imp.init_builtin('sys') is sys, imp.init_builtin('no_such_mod'))

with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, 'impmod.py'), 'w') as f:
        f.write('VALUE = 41\n')
    os.mkdir(os.path.join(d, 'imppkg'))
    with open(os.path.join(d, 'imppkg', '__init__.py'), 'w') as f:
        f.write('NAME = __name__\n')
    file, path, details = imp.find_module('impmod', [d])
    print(os.path.basename(path), details, file.mode, file.encoding)
    mod = imp.load_module('impmod', file, path, details)
    file.close()
    print(mod.VALUE, mod.__name__, sys.modules['impmod'] is mod)
    with open(os.path.join(d, 'impmod.py'), 'w') as f:
        f.write('VALUE = 42\n')
    sys.path.insert(0, d)
    print(imp.reload(mod).VALUE)
    sys.path.remove(d)
    print(imp.find_module('imppkg', [d])[0], imp.find_module('imppkg', [d])[2])
    pkg = imp.load_package('imppkg', os.path.join(d, 'imppkg'))
    print(pkg.NAME, pkg.__path__ == [])
    src = imp.load_source('impsrc', os.path.join(d, 'impmod.py'))
    print(src.VALUE, src.__name__)
    try:
        imp.find_module('no_such_module_x', [d])
    except ImportError as e:
        print('ImportError', e, e.name)
    try:
        imp.load_module('x', None, 'x.py', ('.py', 'r', imp.PY_SOURCE))
    except ValueError as e:
        print('ValueError', e)
    try:
        imp.load_module('x', None, 'x.py', ('.py', 'w', imp.PY_SOURCE))
    except ValueError as e:
        print('ValueError', e)
    try:
        imp.load_module('x', None, 'x', ('', '', 42))
    except ImportError as e:
        print('ImportError', e)
    try:
        imp.load_package('x', d)
    except ValueError as e:
        print('ValueError', str(e).replace(d, 'D'))
try:
    imp.find_module(3)
except TypeError as e:
    print('TypeError', e)
try:
    imp.find_module('x', ('a',))
except RuntimeError as e:
    print('RuntimeError', e)
try:
    imp.NullImporter('')
except ImportError as e:
    print('ImportError', e)
print(imp.NullImporter('/no/such/dir').find_module('x'))
print(imp.lock_held(), imp.is_frozen('zzz'))
