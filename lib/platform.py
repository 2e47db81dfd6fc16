"""Platform identification (Sharpy's own platform; Linux only).

python_implementation() follows sys.implementation: Sharpy reports 'Sharpy' (CPython would say
'CPython'), consistent with sys.implementation.name == 'sharpy' and sys.version.
"""

import collections
import os
import sys

__version__ = '1.0.8'


def _read_proc(name, default=''):
    try:
        with open('/proc/sys/kernel/' + name) as f:
            return f.read().strip()
    except OSError:
        return default


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return uname().processor


class uname_result(collections.namedtuple('uname_result_base', 'system node release version machine')):
    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        return ''

    # Like CPython, iteration (and so len/indexing) includes the lazily computed processor.
    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    def __getitem__(self, key):
        return tuple(iter(self))[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __repr__(self):
        return ('uname_result(system=%r, node=%r, release=%r, version=%r, machine=%r)'
                % tuple(self)[:5])


_uname_cache = None


def uname():
    global _uname_cache
    if _uname_cache is None:
        system_name = 'Linux' if sys.platform.startswith('linux') else sys.platform.capitalize()
        node_name = _read_proc('hostname') or os.environ.get('HOSTNAME', '')
        machine_name = _read_proc('arch') or 'x86_64'
        _uname_cache = uname_result(system_name, node_name, _read_proc('osrelease'),
                                    _read_proc('version'), machine_name)
    return _uname_cache


def architecture(executable=sys.executable, bits='', linkage=''):
    size = (sys.maxsize.bit_length() + 1)
    return ('%dbit' % size, 'ELF')


def python_implementation():
    name = sys.implementation.name
    return 'CPython' if name == 'cpython' else name.capitalize()


def python_version():
    return sys.version.split()[0]


def python_version_tuple():
    return tuple(python_version().split('.'))


def python_branch():
    return ''


def python_revision():
    return ''


def python_build():
    return ('main', '')


def python_compiler():
    v = sys.version
    if '[' in v and ']' in v:
        return v[v.index('[') + 1:v.rindex(']')]
    return ''


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    # CPython asks confstr(_CS_GNU_LIBC_VERSION) first ('glibc 2.36' -> ('glibc', '2.36')).
    if not executable:
        try:
            import posix
            parts = (posix.confstr(2) or '').split(maxsplit=1)
            if len(parts) == 2:
                return tuple(parts)
        except (ImportError, AttributeError, ValueError, OSError):
            pass
    return (lib, version)


def _platform(*args):
    """Join the non-empty parts with '-' and clean them for use in a file name, like CPython."""
    platform = '-'.join(x.strip() for x in args if len(x))
    for ch in ' /\\:;"()':
        platform = platform.replace(ch, '_' if ch == ' ' else '-')
    platform = platform.replace('unknown', '')
    while '--' in platform:
        platform = platform.replace('--', '-')
    while platform and platform[-1] == '-':
        platform = platform[:-1]
    return platform


def platform(aliased=False, terse=False):
    system, node, release, version, machine, processor = uname()
    if machine == processor:
        processor = ''
    libcname, libcversion = libc_ver()
    return _platform(system, release, machine, processor, 'with', libcname + libcversion)


def freedesktop_os_release():
    for candidate in ('/etc/os-release', '/usr/lib/os-release'):
        try:
            with open(candidate, encoding='utf-8') as f:
                info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
                for line in f:
                    line = line.strip()
                    if not line or line.startswith('#') or '=' not in line:
                        continue
                    key, value = line.split('=', 1)
                    if value[:1] in '"\'' and value[-1:] == value[:1]:
                        value = value[1:-1]
                    info[key] = value
                return info
        except OSError:
            continue
    raise OSError(2, 'Unable to read files /etc/os-release, /usr/lib/os-release')


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return release, vendor, vminfo, osinfo
