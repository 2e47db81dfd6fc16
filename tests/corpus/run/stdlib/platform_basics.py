# platform: only values that are the same on every Linux x86-64 machine are printed.
import platform
import sys

print(platform.system(), platform.machine(), platform.python_version(), platform.python_version_tuple())
print(platform.architecture(), platform.python_version() == '%d.%d.%d' % sys.version_info[:3])
u = platform.uname()
print(type(u).__name__, u.system, u.machine, len(u), u == tuple(u)[:5], u[0], u.release == platform.release())
print(platform.node() == u.node, platform.version() == u.version, isinstance(platform.platform(), str),
      platform.platform().startswith('Linux-'), platform.libc_ver()[0], isinstance(platform.python_compiler(), str))
print(platform.win32_ver(), platform.mac_ver(), len(platform.python_build()))
print(platform.python_implementation() in ('CPython', 'Sharpy'))
print(platform.platform() == '-'.join([u.system, u.release.replace(' ', '_'), u.machine, 'with', ''.join(platform.libc_ver())]),
      platform.platform(terse=True) == platform.platform(), platform.libc_ver()[1].count('.') >= 1)
