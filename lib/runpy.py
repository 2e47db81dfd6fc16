"""runpy.py - locating and running Python code using the module namespace

Provides support for locating and running Python scripts using the Python
module namespace instead of the native filesystem.

This allows Python code to play nicely with non-filesystem based PEP 302
importers when locating support scripts as well as when importing modules.
"""
# Sharpy's runpy, written from CPython 3.11's documentation and observed behaviour.

import sys
import importlib.machinery
import importlib.util
import os

__all__ = ['run_module', 'run_path']

ModuleType = type(sys)


class _TempModule(object):
    """Puts a fresh module under `mod_name` in sys.modules for the duration of a with block."""

    def __init__(self, mod_name):
        self.mod_name = mod_name  # frozen-line: 29
        self.module = ModuleType(mod_name)  # frozen-line: 30
        self._saved_module = []  # frozen-line: 31

    def __enter__(self):
        if self.mod_name in sys.modules:
            self._saved_module.append(sys.modules[self.mod_name])
        sys.modules[self.mod_name] = self.module
        return self  # frozen-line: 40

    def __exit__(self, *args):
        if self._saved_module:  # frozen-line: 43
            sys.modules[self.mod_name] = self._saved_module[0]  # frozen-line: 44
        else:
            del sys.modules[self.mod_name]  # frozen-line: 46
        self._saved_module = []  # frozen-line: 47


class _ModifiedArgv0(object):
    """Sets sys.argv[0] for the duration of a with block."""

    def __init__(self, value):
        self.value = value  # frozen-line: 51
        self._saved_value = self._sentinel = object()  # frozen-line: 52

    def __enter__(self):
        if self._saved_value is not self._sentinel:  # frozen-line: 55
            raise RuntimeError('Already preserving saved value')  # frozen-line: 56
        self._saved_value = sys.argv[0]  # frozen-line: 57
        sys.argv[0] = self.value  # frozen-line: 58

    def __exit__(self, *args):
        self.value = self._sentinel  # frozen-line: 61
        sys.argv[0] = self._saved_value  # frozen-line: 62


def _run_code(code, run_globals, init_globals=None, mod_name=None, mod_spec=None,
              pkg_name=None, script_name=None):
    """Run `code` in `run_globals` after setting the module attributes; return the dict."""
    if init_globals is not None:  # frozen-line: 69
        run_globals.update(init_globals)  # frozen-line: 70
    if mod_spec is None:  # frozen-line: 71
        loader, fname, cached = None, script_name, None
    else:
        loader, fname, cached = mod_spec.loader, mod_spec.origin, mod_spec.cached
        if pkg_name is None:  # frozen-line: 79
            pkg_name = mod_spec.parent  # frozen-line: 80
    run_globals.update(__name__=mod_name, __file__=fname, __cached__=cached, __doc__=None,  # frozen-line: 81
                       __loader__=loader, __package__=pkg_name, __spec__=mod_spec)
    exec(code, run_globals)  # frozen-line: 88
    return run_globals  # frozen-line: 89


def _run_module_code(code, init_globals=None, mod_name=None, mod_spec=None, pkg_name=None,
                     script_name=None):
    """Run `code` in a temporary module registered in sys.modules; return a copy of its dict."""
    fname = script_name if mod_spec is None else mod_spec.origin  # frozen-line: 95
    with _TempModule(mod_name) as temp_module, _ModifiedArgv0(fname):  # frozen-line: 96
        mod_globals = temp_module.module.__dict__  # frozen-line: 97
        _run_code(code, mod_globals, init_globals, mod_name, mod_spec, pkg_name, script_name)  # frozen-line: 98
    return mod_globals.copy()  # frozen-line: 102


def _get_module_details(mod_name, error=ImportError):
    """(name, spec, code) of the module to run; packages run their __main__ submodule."""
    if mod_name.startswith('.'):  # frozen-line: 106
        raise error('Relative module names not supported')  # frozen-line: 107
    pkg_name, _, _ = mod_name.rpartition('.')  # frozen-line: 108
    if pkg_name:  # frozen-line: 109
        try:
            __import__(pkg_name)  # frozen-line: 112
        except ImportError as e:
            # Only a missing parent package is reported later as "No module named".
            if e.name is None or (e.name != pkg_name and not pkg_name.startswith(e.name + '.')):  # frozen-line: 117
                raise  # frozen-line: 119
        existing = sys.modules.get(mod_name)  # frozen-line: 121
        if existing is not None and not hasattr(existing, '__path__'):  # frozen-line: 122
            from warnings import warn  # frozen-line: 123
            msg = ('{mod_name!r} found in sys.modules after import of package {pkg_name!r}, '  # frozen-line: 124
                   'but prior to execution of {mod_name!r}; this may result in unpredictable '
                   'behaviour'.format(mod_name=mod_name, pkg_name=pkg_name))
            warn(RuntimeWarning(msg))  # frozen-line: 128
    try:
        spec = importlib.util.find_spec(mod_name)  # frozen-line: 131
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        msg = 'Error while finding module specification for {!r} ({}: {})'  # frozen-line: 136
        if mod_name.endswith('.py'):  # frozen-line: 137
            msg += (f". Try using '{mod_name[:-3]}' instead of '{mod_name}' as the module name.")  # frozen-line: 138
        raise error(msg.format(mod_name, type(ex).__name__, ex)) from ex  # frozen-line: 140
    if spec is None:  # frozen-line: 141
        raise error('No module named %s' % mod_name)  # frozen-line: 142
    if spec.submodule_search_locations is not None:  # frozen-line: 143
        if mod_name == '__main__' or mod_name.endswith('.__main__'):  # frozen-line: 144
            raise error('Cannot use package as __main__ module')  # frozen-line: 145
        try:
            return _get_module_details(mod_name + '.__main__', error)
        except error as e:
            if mod_name not in sys.modules:  # frozen-line: 150
                raise  # frozen-line: 151
            raise error(('%s; %r is a package and cannot be directly executed') % (e, mod_name))
    loader = spec.loader  # frozen-line: 154
    if loader is None:  # frozen-line: 155
        raise error('%r is a namespace package and cannot be executed' % mod_name)  # frozen-line: 156
    try:
        code = loader.get_code(mod_name)  # frozen-line: 159
    except ImportError as e:
        raise error(format(e)) from e  # frozen-line: 161
    if code is None:  # frozen-line: 162
        raise error('No code object available for %s' % mod_name)  # frozen-line: 163
    return mod_name, spec, code  # frozen-line: 164


class _Error(Exception):
    """An error _run_module_as_main reports without a traceback."""


def _run_module_as_main(mod_name, alter_argv=True):
    """Run a module as __main__ in the existing __main__ namespace (the -m switch)."""
    try:
        if alter_argv or mod_name != '__main__':  # frozen-line: 188
            mod_name, mod_spec, code = _get_module_details(mod_name, _Error)  # frozen-line: 189
        else:
            mod_name, mod_spec, code = _get_main_module_details(_Error)  # frozen-line: 191
    except _Error as exc:
        sys.exit('%s: %s' % (sys.executable, exc))
    main_globals = sys.modules['__main__'].__dict__  # frozen-line: 195
    if alter_argv:  # frozen-line: 196
        sys.argv[0] = mod_spec.origin  # frozen-line: 197
    return _run_code(code, main_globals, None, '__main__', mod_spec)  # frozen-line: 198


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Execute a module's code without importing it; return the resulting globals."""
    mod_name, mod_spec, code = _get_module_details(mod_name)  # frozen-line: 222
    if run_name is None:  # frozen-line: 223
        run_name = mod_name  # frozen-line: 224
    if alter_sys:  # frozen-line: 225
        return _run_module_code(code, init_globals, run_name, mod_spec)  # frozen-line: 226
    return _run_code(code, {}, init_globals, run_name, mod_spec)  # frozen-line: 229


def _get_main_module_details(error=ImportError):
    main_name = '__main__'  # frozen-line: 236
    saved_main = sys.modules[main_name]  # frozen-line: 237
    del sys.modules[main_name]  # frozen-line: 238
    try:
        return _get_module_details(main_name)  # frozen-line: 240
    except ImportError as exc:
        if main_name in str(exc):  # frozen-line: 242
            raise error("can't find %r module in %r" % (main_name, sys.path[0])) from exc  # frozen-line: 243
        raise  # frozen-line: 245
    finally:
        sys.modules[main_name] = saved_main  # frozen-line: 247


def _read_compiled(path):
    """The code object of a .pyc file of this implementation, or None."""
    from pkgutil import read_code
    with open(path, 'rb') as f:
        return read_code(f)


def _get_code_from_file(run_name, fname):
    decoded_path = os.path.abspath(os.fsdecode(fname))  # frozen-line: 253
    code = _read_compiled(decoded_path)
    if code is None:  # frozen-line: 256
        with open(decoded_path, 'rb') as f:
            code = compile(f.read(), fname, 'exec')  # frozen-line: 259
    return code, fname  # frozen-line: 260


def run_path(path_name, init_globals=None, run_name=None):
    """Execute a script, or a directory/zip file with a __main__.py; return its globals."""
    if run_name is None:  # frozen-line: 277
        run_name = '<run_path>'  # frozen-line: 278
    pkg_name = run_name.rpartition('.')[0]  # frozen-line: 279
    from pkgutil import get_importer  # frozen-line: 280
    importer = get_importer(path_name)  # frozen-line: 281
    if importer is None:
        code, fname = _get_code_from_file(run_name, path_name)  # frozen-line: 290
        return _run_module_code(code, init_globals, run_name, pkg_name=pkg_name,  # frozen-line: 291
                                script_name=fname)
    sys.path.insert(0, path_name)  # frozen-line: 296
    try:
        mod_name, mod_spec, code = _get_main_module_details()  # frozen-line: 304
        with _TempModule(run_name) as temp_module, _ModifiedArgv0(path_name):  # frozen-line: 305
            mod_globals = temp_module.module.__dict__  # frozen-line: 307
            return _run_code(code, mod_globals, init_globals, run_name, mod_spec,  # frozen-line: 308
                             pkg_name).copy()
    finally:
        try:
            sys.path.remove(path_name)  # frozen-line: 312
        except ValueError:
            pass  # frozen-line: 314


if __name__ == '__main__':
    if len(sys.argv) < 2:
        print('No module specified for execution', file=sys.stderr)
    else:
        del sys.argv[0]
        _run_module_as_main(sys.argv[0])
