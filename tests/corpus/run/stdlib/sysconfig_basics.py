import io, os, sys, sysconfig

print(sysconfig.get_python_version(), sysconfig.get_platform())
print(sysconfig.get_scheme_names())
print(sysconfig.get_path_names())
print(sysconfig.get_default_scheme(), sysconfig.get_preferred_scheme('user'), sysconfig.get_preferred_scheme('home'))
v = {'base': '/opt/py', 'platbase': '/opt/py', 'installed_base': '/opt/py', 'installed_platbase': '/opt/py', 'userbase': '/home/u/.local'}
for scheme in ('posix_prefix', 'posix_home', 'posix_user', 'venv', 'nt'):
    print(scheme, sorted(sysconfig.get_paths(scheme, vars=dict(v)).items()))
print(sysconfig.get_path('purelib', 'posix_prefix', dict(v)), sysconfig.get_path('scripts', vars={'base': '/b'}))
print(sysconfig.get_paths('posix_prefix', expand=False)['purelib'])
for name in ('py_version_short', 'py_version_nodot', 'VERSION', 'SOABI', 'EXT_SUFFIX', 'abiflags', 'MULTIARCH', 'EXE', 'SIZEOF_VOID_P', 'Py_DEBUG', 'nonexistent', 'platlibdir', 'MACHDEP', 'WITH_DOC_STRINGS'):
    print(name, repr(sysconfig.get_config_var(name)))
print(sysconfig.get_config_vars('VERSION', 'missing', 'py_version_nodot'))
cv = sysconfig.get_config_vars()
print(isinstance(cv, dict), cv['prefix'] == os.path.normpath(sys.prefix), cv['exec_prefix'] == os.path.normpath(sys.exec_prefix), cv['py_version'] == sys.version.split()[0])
stdlib = sysconfig.get_path('stdlib')
print(os.path.isfile(os.path.join(stdlib, 'os.py')), os.path.isabs(stdlib), sysconfig.get_paths()['stdlib'] == stdlib)
print(sysconfig.get_path('data') == os.path.normpath(sys.prefix), sysconfig.get_path('scripts') == os.path.join(os.path.normpath(sys.prefix), 'bin'))
for bad in [lambda: sysconfig.get_path('bogus'), lambda: sysconfig.get_paths('bogus'), lambda: sysconfig.get_preferred_scheme('bogus')]:
    try:
        bad()
    except KeyError as e:
        print('KeyError', e)
try:
    sysconfig.get_path('stdlib', 'posix_prefix', {'base': '/x', 'platlibdir': 'lib', 'installed_base': '/y', 'py_version_short': '3.11'})
    print('ok')
except AttributeError as e:
    print('AttributeError', e)
print(sysconfig.parse_config_h(io.StringIO('#define HAVE_FOO 1\n#define NAME "x"\n/* #undef HAVE_BAR */\n#define MACOSX_DEPLOYMENT_TARGET 10\nother\n')))
print(sysconfig.expand_makefile_vars('$(CC) -I${INC} x', {'CC': 'gcc', 'INC': '/inc'}))
try:
    sysconfig.expand_makefile_vars('$(MISSING)', {})
except TypeError as e:
    print('TypeError', e)
print(sysconfig.is_python_build(), os.path.basename(sysconfig.get_config_h_filename()), os.path.basename(sysconfig.get_makefile_filename()))
