"""Utilities to support packages."""
# Sharpy's pkgutil, written from CPython 3.11's documentation and observed behaviour.

from collections import namedtuple
from functools import singledispatch as simplegeneric
import importlib
import importlib.util
import importlib.machinery
import os
import os.path
import sys
from types import ModuleType

__all__ = [
    'get_importer', 'iter_importers', 'get_loader', 'find_loader',
    'walk_packages', 'iter_modules', 'get_data',
    'ImpImporter', 'ImpLoader', 'read_code', 'extend_path',
    'ModuleInfo',
]

ModuleInfo = namedtuple('ModuleInfo', 'module_finder name ispkg')
ModuleInfo.__doc__ = 'A namedtuple with minimal info about a module.'


def read_code(stream):
    """The code object of a compiled-module stream, or None if its magic number differs."""
    import _sharpy_pycache
    magic = stream.read(4)
    if magic != importlib.util.MAGIC_NUMBER:
        return None
    # Sharpy's header is longer than CPython's 16 bytes and its body is not marshal data: the
    # rest of the stream is the pyc (flags and source fields are not checked, as in CPython).
    return _sharpy_pycache.code_from_pyc(magic + stream.read(), None, None, check_header=False)


def walk_packages(path=None, prefix='', onerror=None):
    """Every module below `path` (default sys.path), importing packages to recurse."""
    seen_paths = set()

    for info in iter_modules(path, prefix):
        yield info
        if not info.ispkg:
            continue
        try:
            __import__(info.name)
        except ImportError:
            if onerror is not None:
                onerror(info.name)
        except Exception:
            if onerror is not None:
                onerror(info.name)
            else:
                raise
        else:
            subpath = getattr(sys.modules[info.name], '__path__', None) or []
            subpath = [p for p in subpath if p not in seen_paths]
            seen_paths.update(subpath)
            yield from walk_packages(subpath, info.name + '.', onerror)


def iter_modules(path=None, prefix=''):
    """ModuleInfo for every top-level module on `path` (a list of directories; default sys.path)."""
    if path is None:
        importers = iter_importers()
    elif isinstance(path, str):
        raise ValueError('path must be None or list of paths to look for modules in')
    else:
        importers = map(get_importer, path)
    yielded = {}
    for importer in importers:
        for name, ispkg in iter_importer_modules(importer, prefix):
            if name not in yielded:
                yielded[name] = 1
                yield ModuleInfo(importer, name, ispkg)


def _module_name(filename):
    import inspect
    return inspect.getmodulename(filename)


def _iter_directory_modules(directory, prefix=''):
    """(name, ispkg) for the modules and packages of one directory, sorted by file name."""
    if not directory or not os.path.isdir(directory):
        return
    yielded = {}
    try:
        filenames = os.listdir(directory)
    except OSError:
        filenames = []
    filenames.sort()
    for fn in filenames:
        modname = _module_name(fn)
        if modname == '__init__' or modname in yielded:
            continue
        path = os.path.join(directory, fn)
        ispkg = False
        if not modname and os.path.isdir(path) and '.' not in fn:
            modname = fn
            try:
                contents = os.listdir(path)
            except OSError:
                contents = []
            for sub in contents:
                if _module_name(sub) == '__init__':
                    ispkg = True
                    break
            else:
                continue        # a directory without __init__ is not listed
        if modname and '.' not in modname:
            yielded[modname] = 1
            yield prefix + modname, ispkg


@simplegeneric
def iter_importer_modules(importer, prefix=''):
    if hasattr(importer, 'iter_modules'):
        return importer.iter_modules(prefix)
    path = getattr(importer, 'path', None)
    if isinstance(path, str):
        return _iter_directory_modules(path, prefix)
    return []


def get_importer(path_item):
    """The finder for one sys.path entry (cached in sys.path_importer_cache), or None."""
    path_item = os.fsdecode(path_item)
    try:
        return sys.path_importer_cache[path_item]
    except KeyError:
        pass
    for path_hook in sys.path_hooks:
        try:
            importer = path_hook(path_item)
        except ImportError:
            continue
        sys.path_importer_cache.setdefault(path_item, importer)
        return importer
    return None


def iter_importers(fullname=''):
    """The finders that could locate `fullname`: sys.meta_path, then one per path entry."""
    if fullname.startswith('.'):
        raise ImportError('Relative module name {!r} not supported'.format(fullname))
    if '.' in fullname:
        pkg_name = fullname.rpartition('.')[0]
        pkg = importlib.import_module(pkg_name)
        path = getattr(pkg, '__path__', None)
        if path is None:
            return
    else:
        yield from sys.meta_path
        path = sys.path
    for item in path:
        yield get_importer(item)


def get_loader(module_or_name):
    """The loader of a module (object or name), or None."""
    if module_or_name in sys.modules:
        module_or_name = sys.modules[module_or_name]
        if module_or_name is None:
            return None
    if isinstance(module_or_name, ModuleType):
        module = module_or_name
        loader = getattr(module, '__loader__', None)
        if loader is not None:
            return loader
        if getattr(module, '__spec__', None) is None:
            return None
        fullname = module.__name__
    else:
        fullname = module_or_name
    return find_loader(fullname)


def find_loader(fullname):
    """The loader of the module `fullname` (found with importlib.util.find_spec), or None."""
    if fullname.startswith('.'):
        raise ImportError('Relative module name {!r} not supported'.format(fullname))
    try:
        spec = importlib.util.find_spec(fullname)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        msg = 'Error while finding loader for {!r} ({}: {})'
        raise ImportError(msg.format(fullname, type(ex), ex)) from ex
    return spec.loader if spec is not None else None


def extend_path(path, name):
    """Extend a package's __path__ with same-named directories found along sys.path."""
    if not isinstance(path, list):
        return path
    sname_pkg = name + '.pkg'
    path = path[:]
    parent_package, _, final_name = name.rpartition('.')
    if parent_package:
        try:
            search_path = sys.modules[parent_package].__path__
        except (KeyError, AttributeError):
            return path
    else:
        search_path = sys.path
    for dir in search_path:
        if not isinstance(dir, str):
            continue
        finder = get_importer(dir)
        if finder is not None and hasattr(finder, 'find_spec'):
            spec = finder.find_spec(final_name)
            portions = (spec.submodule_search_locations or []) if spec is not None else []
            for portion in portions:
                if portion not in path:
                    path.append(portion)
        pkgfile = os.path.join(dir, sname_pkg)
        if os.path.isfile(pkgfile):
            try:
                f = open(pkgfile)
            except OSError as msg:
                sys.stderr.write("Can't open %s: %s\n" % (pkgfile, msg))
            else:
                with f:
                    for line in f:
                        line = line.rstrip('\n')
                        if not line or line.startswith('#'):
                            continue
                        path.append(line)
    return path


def get_data(package, resource):
    """The bytes of a resource file next to a package's __init__ (via its loader), or None."""
    spec = importlib.util.find_spec(package)
    if spec is None:
        return None
    loader = spec.loader
    if loader is None or not hasattr(loader, 'get_data'):
        return None
    mod = sys.modules.get(package) or importlib.import_module(package)
    if mod is None or not hasattr(mod, '__file__'):
        return None
    parts = resource.split('/')
    parts.insert(0, os.path.dirname(mod.__file__))
    return loader.get_data(os.path.join(*parts))


_NAME_PATTERN = None


def resolve_name(name):
    """The object named 'pkg.mod:obj.attr' or 'pkg.mod.obj.attr'."""
    global _NAME_PATTERN
    if _NAME_PATTERN is None:
        import re
        dotted_words = r'(?!\d)(\w+)(\.(?!\d)(\w+))*'
        _NAME_PATTERN = re.compile(
            f'^(?P<pkg>{dotted_words})(?P<cln>:(?P<obj>{dotted_words})?)?$', re.UNICODE)
    m = _NAME_PATTERN.match(name)
    if not m:
        raise ValueError(f'invalid format: {name!r}')
    gd = m.groupdict()
    if gd.get('cln'):
        mod = importlib.import_module(gd['pkg'])
        parts = gd.get('obj')
        parts = parts.split('.') if parts else []
    else:
        # Without a colon, import as many leading parts as form a module.
        parts = name.split('.')
        modname = parts.pop(0)
        mod = importlib.import_module(modname)
        while parts:
            candidate = f'{modname}.{parts[0]}'
            try:
                mod = importlib.import_module(candidate)
            except ImportError:
                break
            parts.pop(0)
            modname = candidate
    result = mod
    for p in parts:
        result = getattr(result, p)
    return result


class ImpImporter:
    """Deprecated PEP 302 finder over one directory (kept for old code)."""

    def __init__(self, path=None):
        import warnings
        warnings.warn("This emulation is deprecated and slated for removal in Python 3.12; "
                      "use 'importlib' instead", DeprecationWarning, stacklevel=2)
        self.path = path

    def iter_modules(self, prefix=''):
        return _iter_directory_modules(self.path, prefix)


class ImpLoader:
    """Deprecated PEP 302 loader (kept for old code)."""

    def __init__(self, fullname, file, filename, etc):
        self.fullname = fullname
        self.file = file
        self.filename = filename
        self.etc = etc
