"""The deprecated imp module, kept as a thin layer over importlib (Python 3.11 still ships it).

Sharpy's caches are its own (`sys.implementation.cache_tag` is 'sharpy-311'), so the naming helpers
answer Sharpy's __pycache__ names, exactly what importlib.util does.
"""

from _imp import (lock_held, acquire_lock, release_lock, get_frozen_object,
                  is_frozen_package, is_builtin, is_frozen, _fix_co_filename)
from importlib import machinery, util
import importlib
import os
import sys
import tokenize
import types
import warnings

warnings.warn("the imp module is deprecated in favour of importlib and slated "
              "for removal in Python 3.12; see the module's documentation for "
              "alternative uses", DeprecationWarning, stacklevel=2)

# Module kinds reported by find_module (the values of CPython's C imp module).
SEARCH_ERROR = 0
PY_SOURCE = 1
PY_COMPILED = 2
C_EXTENSION = 3
PY_RESOURCE = 4
PKG_DIRECTORY = 5
C_BUILTIN = 6
PY_FROZEN = 7
PY_CODERESOURCE = 8
IMP_HOOK = 9

# Sharpy has no loadable C extensions.
create_dynamic = None
load_dynamic = None


def init_frozen(name):
    """Sharpy freezes no modules."""
    return None


def _frozen_module_names():
    return []


def new_module(name):
    """Create a module object that is not entered into sys.modules."""
    return types.ModuleType(name)


def get_magic():
    """The magic number at the start of the cache files this interpreter writes."""
    return util.MAGIC_NUMBER


def get_tag():
    """The tag in cache file names (name.TAG.pyc)."""
    return sys.implementation.cache_tag


def cache_from_source(path, debug_override=None):
    """The __pycache__ path the import system uses for the source file `path`."""
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        return util.cache_from_source(path, debug_override)


def source_from_cache(path):
    """The source path a __pycache__ file was compiled from."""
    return util.source_from_cache(path)


def get_suffixes():
    result = [(suffix, 'rb', C_EXTENSION) for suffix in machinery.EXTENSION_SUFFIXES]
    result += [(suffix, 'r', PY_SOURCE) for suffix in machinery.SOURCE_SUFFIXES]
    result += [(suffix, 'rb', PY_COMPILED) for suffix in machinery.BYTECODE_SUFFIXES]
    return result


class NullImporter:
    """A path hook result that finds nothing (refuses '' and existing directories)."""

    def __init__(self, path):
        if path == '':
            raise ImportError('empty pathname', path='')
        if os.path.isdir(path):
            raise ImportError('existing directory', path=path)

    def find_module(self, fullname):
        return None


def _run_spec(name, spec):
    # Executes into the module already registered under `name` (a reload), or into a new one.
    module = sys.modules.get(name)
    if module is None:
        module = util.module_from_spec(spec)
        sys.modules[name] = module
        try:
            spec.loader.exec_module(module)
        except BaseException:
            sys.modules.pop(name, None)
            raise
        return sys.modules[name]
    module.__spec__ = spec
    module.__loader__ = spec.loader
    if spec.has_location:
        module.__file__ = spec.origin
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    spec.loader.exec_module(module)
    return sys.modules[name]


def load_source(name, pathname, file=None):
    # The file object CPython accepts holds the same bytes as `pathname`; Sharpy reads the path.
    loader = machinery.SourceFileLoader(name, pathname)
    return _run_spec(name, util.spec_from_file_location(name, pathname, loader=loader))


def load_compiled(name, pathname, file=None):
    loader = machinery.SourcelessFileLoader(name, pathname)
    return _run_spec(name, util.spec_from_file_location(name, pathname, loader=loader))


def load_package(name, path):
    if os.path.isdir(path):
        for suffix in machinery.SOURCE_SUFFIXES + machinery.BYTECODE_SUFFIXES:
            init = os.path.join(path, '__init__' + suffix)
            if os.path.exists(init):
                path = init
                break
        else:
            raise ValueError('{!r} is not a package'.format(path))
    spec = util.spec_from_file_location(name, path, submodule_search_locations=[])
    return _run_spec(name, spec)


def load_module(name, file, filename, details):
    """Load a module from what find_module returned."""
    suffix, mode, kind = details
    if mode and (not mode.startswith('r') or '+' in mode):
        raise ValueError('invalid file open mode {!r}'.format(mode))
    if file is None and kind in (PY_SOURCE, PY_COMPILED):
        raise ValueError('file object required for import (type code {})'.format(kind))
    if kind == PY_SOURCE:
        return load_source(name, filename, file)
    if kind == PY_COMPILED:
        return load_compiled(name, filename, file)
    if kind == PKG_DIRECTORY:
        return load_package(name, filename)
    if kind == C_BUILTIN:
        return init_builtin(name)
    if kind == PY_FROZEN:
        return init_frozen(name)
    raise ImportError("Don't know how to import {} (type code {})".format(name, kind), name=name)


def _find_in(entry, name):
    # A package directory wins over a module file in the same entry, as in CPython.
    directory = os.path.join(entry, name)
    for suffix in ('.py', machinery.BYTECODE_SUFFIXES[0]):
        if os.path.isfile(os.path.join(directory, '__init__' + suffix)):
            return None, directory, ('', '', PKG_DIRECTORY)
    for suffix, mode, kind in get_suffixes():
        candidate = os.path.join(entry, name + suffix)
        if os.path.isfile(candidate):
            return candidate, (suffix, mode, kind)
    return None


def find_module(name, path=None):
    """Find a top-level module: (open file or None, path, (suffix, mode, kind))."""
    if not isinstance(name, str):
        raise TypeError("'name' must be a str, not {}".format(type(name)))
    if not isinstance(path, (type(None), list)):
        raise RuntimeError("'path' must be None or a list, not {}".format(type(path)))
    if path is None:
        if is_builtin(name):
            return None, None, ('', '', C_BUILTIN)
        if is_frozen(name):
            return None, None, ('', '', PY_FROZEN)
        path = sys.path
    for entry in path:
        found = _find_in(entry, name)
        if found is None:
            continue
        if len(found) == 3:
            return found
        file_path, details = found
        mode = details[1]
        encoding = None
        if 'b' not in mode:
            with open(file_path, 'rb') as raw:
                encoding = tokenize.detect_encoding(raw.readline)[0]
        return open(file_path, mode, encoding=encoding), file_path, details
    raise ImportError('No module named {!r}'.format(name), name=name)


def reload(module):
    """Re-execute an imported module's code in its namespace."""
    return importlib.reload(module)


def init_builtin(name):
    """The built-in module `name`, or None when there is no such module."""
    if not is_builtin(name):
        return None
    if name in sys.modules:
        return sys.modules[name]
    return importlib.import_module(name)
