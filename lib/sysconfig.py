"""Access to Python's configuration information."""
# Sharpy's sysconfig. The installation schemes are CPython 3.11's; the configuration
# variables describe Sharpy's own layout (prefix = the folder of the sharpy executable,
# standard library = Sharpy's lib/ folder) with CPython 3.11's Linux x86-64 build values
# for the ABI-related names (SOABI, EXT_SUFFIX, MULTIARCH, ...), which scripts print and
# compare. There is no Makefile or pyconfig.h behind them.

import os
import sys
from os.path import realpath

__all__ = [
    'get_config_h_filename',
    'get_config_var',
    'get_config_vars',
    'get_makefile_filename',
    'get_path',
    'get_path_names',
    'get_paths',
    'get_platform',
    'get_python_version',
    'get_scheme_names',
    'parse_config_h',
]

_ALWAYS_STR = {'MACOSX_DEPLOYMENT_TARGET'}

_INSTALL_SCHEMES = {
    'posix_prefix': {
        'stdlib': '{installed_base}/{platlibdir}/python{py_version_short}',
        'platstdlib': '{platbase}/{platlibdir}/python{py_version_short}',
        'purelib': '{base}/lib/python{py_version_short}/site-packages',
        'platlib': '{platbase}/{platlibdir}/python{py_version_short}/site-packages',
        'include': '{installed_base}/include/python{py_version_short}{abiflags}',
        'platinclude': '{installed_platbase}/include/python{py_version_short}{abiflags}',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'posix_home': {
        'stdlib': '{installed_base}/lib/python',
        'platstdlib': '{base}/lib/python',
        'purelib': '{base}/lib/python',
        'platlib': '{base}/lib/python',
        'include': '{installed_base}/include/python',
        'platinclude': '{installed_base}/include/python',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'nt': {
        'stdlib': '{installed_base}/Lib',
        'platstdlib': '{base}/Lib',
        'purelib': '{base}/Lib/site-packages',
        'platlib': '{base}/Lib/site-packages',
        'include': '{installed_base}/Include',
        'platinclude': '{installed_base}/Include',
        'scripts': '{base}/Scripts',
        'data': '{base}',
    },
}
# Virtual environments use the platform's normal scheme.
_INSTALL_SCHEMES['posix_venv'] = dict(_INSTALL_SCHEMES['posix_prefix'])
_INSTALL_SCHEMES['nt_venv'] = dict(_INSTALL_SCHEMES['nt'])
_INSTALL_SCHEMES['venv'] = _INSTALL_SCHEMES['posix_venv' if os.name != 'nt' else 'nt_venv']
_INSTALL_SCHEMES['nt_user'] = {
    'stdlib': '{userbase}/Python{py_version_nodot_plat}',
    'platstdlib': '{userbase}/Python{py_version_nodot_plat}',
    'purelib': '{userbase}/Python{py_version_nodot_plat}/site-packages',
    'platlib': '{userbase}/Python{py_version_nodot_plat}/site-packages',
    'include': '{userbase}/Python{py_version_nodot_plat}/Include',
    'scripts': '{userbase}/Python{py_version_nodot_plat}/Scripts',
    'data': '{userbase}',
}
_INSTALL_SCHEMES['posix_user'] = {
    'stdlib': '{userbase}/{platlibdir}/python{py_version_short}',
    'platstdlib': '{userbase}/{platlibdir}/python{py_version_short}',
    'purelib': '{userbase}/lib/python{py_version_short}/site-packages',
    'platlib': '{userbase}/lib/python{py_version_short}/site-packages',
    'include': '{userbase}/include/python{py_version_short}',
    'scripts': '{userbase}/bin',
    'data': '{userbase}',
}
_INSTALL_SCHEMES['osx_framework_user'] = {
    'stdlib': '{userbase}/lib/python',
    'platstdlib': '{userbase}/lib/python',
    'purelib': '{userbase}/lib/python/site-packages',
    'platlib': '{userbase}/lib/python/site-packages',
    'include': '{userbase}/include/python{py_version_short}',
    'scripts': '{userbase}/bin',
    'data': '{userbase}',
}

_SCHEME_KEYS = ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include', 'scripts', 'data')

_PY_VERSION = sys.version.split()[0]
_PY_VERSION_SHORT = f'{sys.version_info[0]}.{sys.version_info[1]}'
_PY_VERSION_SHORT_NO_DOT = f'{sys.version_info[0]}{sys.version_info[1]}'
_PREFIX = os.path.normpath(sys.prefix)
_BASE_PREFIX = os.path.normpath(sys.base_prefix)
_EXEC_PREFIX = os.path.normpath(sys.exec_prefix)
_BASE_EXEC_PREFIX = os.path.normpath(getattr(sys, 'base_exec_prefix', sys.exec_prefix))
_CONFIG_VARS = None
_USER_BASE = None


def _safe_realpath(path):
    try:
        return realpath(path)
    except OSError:
        return path


if sys.executable:
    _PROJECT_BASE = os.path.dirname(_safe_realpath(sys.executable))
else:
    _PROJECT_BASE = _safe_realpath(os.getcwd())

# Sharpy's standard library: the folder holding this module.
_SHARPY_STDLIB = os.path.dirname(os.path.abspath(__file__))
_PYTHON_BUILD = False


def is_python_build(check_home=False):
    return _PYTHON_BUILD


def _subst_vars(s, local_vars):
    try:
        return s.format(**local_vars)
    except KeyError as var:
        try:
            return s.format(**os.environ)
        except KeyError:
            raise AttributeError(f'{var}') from None


def _extend_dict(target_dict, other_dict):
    for key, value in other_dict.items():
        if key not in target_dict:
            target_dict[key] = value


def _expand_vars(scheme, vars):
    res = {}
    if vars is None:
        vars = {}
    _extend_dict(vars, get_config_vars())
    for key, value in _INSTALL_SCHEMES[scheme].items():
        value = os.path.expanduser(value)
        res[key] = os.path.normpath(_subst_vars(value, vars))
    return res


def _get_preferred_schemes():
    if os.name == 'nt':
        return {'prefix': 'nt', 'home': 'posix_home', 'user': 'nt_user'}
    return {'prefix': 'posix_prefix', 'home': 'posix_home', 'user': 'posix_user'}


def get_preferred_scheme(key):
    scheme = _get_preferred_schemes()[key]
    if scheme not in _INSTALL_SCHEMES:
        raise ValueError(f'{key!r} returned {scheme!r}, which is not a valid scheme on this platform')
    return scheme


def get_default_scheme():
    return get_preferred_scheme('prefix')


def _getuserbase():
    env_base = os.environ.get('PYTHONUSERBASE', None)
    if env_base:
        return env_base
    return os.path.expanduser(os.path.join('~', '.local'))


def _init_posix(vars):
    """The build variables CPython reads from its Makefile (Sharpy: fixed values)."""
    multiarch = 'x86_64-linux-gnu'
    soabi = 'cpython-%s-%s' % (_PY_VERSION_SHORT_NO_DOT, multiarch)
    vars.update({
        'SOABI': soabi,
        'EXT_SUFFIX': '.%s.so' % soabi,
        'SHLIB_SUFFIX': '.so',
        'MULTIARCH': multiarch,
        'HOST_GNU_TYPE': 'x86_64-pc-linux-gnu',
        'MACHDEP': sys.platform,
        'VERSION': _PY_VERSION_SHORT,
        'EXE': '',
        'SIZEOF_VOID_P': 8,
        'SIZEOF_LONG': 8,
        'SIZEOF_INT': 4,
        'Py_DEBUG': 0,
        'Py_ENABLE_SHARED': 0,
        'WITH_DOC_STRINGS': 1,
        'WITH_PYMALLOC': 1,
        'Py_TRACE_REFS': 0,
        'TZPATH': '/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo',
        'CC': 'gcc',
        'CXX': 'g++',
        'AR': 'ar',
        'LIBRARY': 'libpython%s.a' % _PY_VERSION_SHORT,
        'LDLIBRARY': 'libpython%s.a' % _PY_VERSION_SHORT,
        'prefix': _PREFIX,
        'exec_prefix': _EXEC_PREFIX,
        'BINDIR': os.path.join(_EXEC_PREFIX, 'bin'),
        'LIBDIR': os.path.join(_EXEC_PREFIX, 'lib'),
        'LIBDEST': _SHARPY_STDLIB,
        'BINLIBDEST': _SHARPY_STDLIB,
        'DESTSHARED': os.path.join(_SHARPY_STDLIB, 'lib-dynload'),
        'INCLUDEPY': os.path.join(_PREFIX, 'include', 'python' + _PY_VERSION_SHORT),
        'CONFINCLUDEPY': os.path.join(_EXEC_PREFIX, 'include', 'python' + _PY_VERSION_SHORT),
        'srcdir': _PROJECT_BASE,
    })


def get_config_vars(*args):
    """All configuration variables (a dict), or the values of the named ones (a list)."""
    global _CONFIG_VARS
    if _CONFIG_VARS is None:
        _CONFIG_VARS = {}
        _init_posix(_CONFIG_VARS)
        _CONFIG_VARS['prefix'] = _PREFIX
        _CONFIG_VARS['exec_prefix'] = _EXEC_PREFIX
        _CONFIG_VARS['py_version'] = _PY_VERSION
        _CONFIG_VARS['py_version_short'] = _PY_VERSION_SHORT
        _CONFIG_VARS['py_version_nodot'] = _PY_VERSION_SHORT_NO_DOT
        _CONFIG_VARS['installed_base'] = _BASE_PREFIX
        _CONFIG_VARS['base'] = _PREFIX
        _CONFIG_VARS['installed_platbase'] = _BASE_EXEC_PREFIX
        _CONFIG_VARS['platbase'] = _EXEC_PREFIX
        _CONFIG_VARS['projectbase'] = _PROJECT_BASE
        _CONFIG_VARS['platlibdir'] = getattr(sys, 'platlibdir', 'lib')
        _CONFIG_VARS['abiflags'] = getattr(sys, 'abiflags', '')
        _CONFIG_VARS['py_version_nodot_plat'] = ''
        _CONFIG_VARS['userbase'] = _getuserbase()
        _CONFIG_VARS['srcdir'] = _safe_realpath(_CONFIG_VARS.get('srcdir', _PROJECT_BASE))
    if args:
        return [_CONFIG_VARS.get(name) for name in args]
    return _CONFIG_VARS


def get_config_var(name):
    """The value of one configuration variable, or None."""
    return get_config_vars().get(name)


def get_scheme_names():
    """The installation scheme names, sorted."""
    return tuple(sorted(_INSTALL_SCHEMES))


def get_path_names():
    """The path names every scheme defines."""
    return _SCHEME_KEYS


def get_paths(scheme=get_default_scheme(), vars=None, expand=True):
    """The installation paths of a scheme (expanded with the configuration variables)."""
    if not expand:
        return _INSTALL_SCHEMES[scheme]
    paths = _expand_vars(scheme, vars)
    if scheme == get_default_scheme() and not vars:
        # Sharpy's standard library is its lib/ folder, not prefix/lib/python3.11.
        paths['stdlib'] = paths['platstdlib'] = _SHARPY_STDLIB
    return paths


def get_path(name, scheme=get_default_scheme(), vars=None, expand=True):
    """One installation path of a scheme."""
    return get_paths(scheme, vars, expand)[name]


def get_config_h_filename():
    """Where CPython keeps pyconfig.h (Sharpy has none)."""
    return os.path.join(get_path('include'), 'pyconfig.h')


def get_makefile_filename():
    """Where CPython keeps its Makefile (Sharpy has none)."""
    return os.path.join(_SHARPY_STDLIB, 'config-%s-%s' % (_PY_VERSION_SHORT, 'x86_64-linux-gnu'),
                        'Makefile')


def parse_config_h(fp, vars=None):
    """Read '#define NAME value' and '/* #undef NAME */' lines of a pyconfig.h file."""
    import re
    if vars is None:
        vars = {}
    define_rx = re.compile('#define ([A-Z][A-Za-z0-9_]+) (.*)\n')
    undef_rx = re.compile('/[*] #undef ([A-Z][A-Za-z0-9_]+) [*]/\n')
    while True:
        line = fp.readline()
        if not line:
            break
        m = define_rx.match(line)
        if m:
            n, v = m.group(1, 2)
            try:
                if n in _ALWAYS_STR:
                    raise ValueError
                v = int(v)
            except ValueError:
                pass
            vars[n] = v
        else:
            m = undef_rx.match(line)
            if m:
                vars[m.group(1)] = 0
    return vars


def get_platform():
    """'linux-x86_64' style name of the platform: OS and machine."""
    osname = sys.platform
    try:
        import platform
        machine = platform.machine()
    except Exception:
        machine = ''
    if not machine:
        machine = 'x86_64'
    osname = osname.lower().replace('/', '')
    machine = machine.replace(' ', '_').replace('/', '-')
    if osname.startswith('linux'):
        return f'linux-{machine}'
    return f'{osname}-{machine}'


def get_python_version():
    return _PY_VERSION_SHORT


def expand_makefile_vars(s, vars):
    """Replace $(NAME), then ${NAME}, in `s` with values from `vars` (a missing name is a
    TypeError, as in CPython)."""
    import re
    paren_rx = re.compile(r'\$\(([A-Za-z][A-Za-z0-9_]*)\)')
    brace_rx = re.compile(r'\$\{([A-Za-z][A-Za-z0-9_]*)\}')
    while True:
        m = paren_rx.search(s) or brace_rx.search(s)
        if not m:
            return s
        beg, end = m.span()
        s = s[0:beg] + vars.get(m.group(1)) + s[end:]


def _print_dict(title, data):
    for index, (key, value) in enumerate(sorted(data.items())):
        if index == 0:
            print(f'{title}: ')
        print(f'\t{key} = "{value}"')


def _main():
    """Display all information sysconfig contains."""
    print(f'Platform: "{get_platform()}"')
    print(f'Python version: "{get_python_version()}"')
    print(f'Current installation scheme: "{get_default_scheme()}"')
    print()
    _print_dict('Paths', get_paths())
    print()
    _print_dict('Variables', get_config_vars())


if __name__ == '__main__':
    _main()
