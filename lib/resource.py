"""Process resource limits and usage (Linux), over libc through _sharpy_resource."""

import _sharpy_resource
import errno as _errno
import operator as _operator

error = OSError

RLIMIT_CPU = 0
RLIMIT_FSIZE = 1
RLIMIT_DATA = 2
RLIMIT_STACK = 3
RLIMIT_CORE = 4
RLIMIT_RSS = 5
RLIMIT_NPROC = 6
RLIMIT_NOFILE = 7
RLIMIT_OFILE = RLIMIT_NOFILE
RLIMIT_MEMLOCK = 8
RLIMIT_AS = 9
RLIMIT_LOCKS = 10
RLIMIT_SIGPENDING = 11
RLIMIT_MSGQUEUE = 12
RLIMIT_NICE = 13
RLIMIT_RTPRIO = 14
RLIMIT_RTTIME = 15
RLIM_INFINITY = -1

RUSAGE_SELF = 0
RUSAGE_CHILDREN = -1
RUSAGE_THREAD = 1

_RLIMIT_COUNT = 16

_RUSAGE_FIELDS = ('ru_utime', 'ru_stime', 'ru_maxrss', 'ru_ixrss', 'ru_idrss', 'ru_isrss',
                  'ru_minflt', 'ru_majflt', 'ru_nswap', 'ru_inblock', 'ru_oublock',
                  'ru_msgsnd', 'ru_msgrcv', 'ru_nsignals', 'ru_nvcsw', 'ru_nivcsw')


class struct_rusage(tuple):
    """struct_rusage: Result from getrusage.

This object may be accessed either as a tuple of
    (utime,stime,maxrss,ixrss,idrss,isrss,minflt,majflt,
    nswap,inblock,oublock,msgsnd,msgrcv,nsignals,nvcsw,nivcsw)
or via the attributes ru_utime, ru_stime, ru_maxrss, and so on."""

    n_fields = n_sequence_fields = len(_RUSAGE_FIELDS)
    n_unnamed_fields = 0
    __match_args__ = _RUSAGE_FIELDS
    __slots__ = ()

    def __new__(cls, sequence, dict=None):
        items = tuple(sequence)
        if len(items) != len(_RUSAGE_FIELDS):
            raise TypeError("resource.struct_rusage() takes a %d-sequence (%d-sequence given)"
                            % (len(_RUSAGE_FIELDS), len(items)))
        return tuple.__new__(cls, items)

    def __repr__(self):
        return 'resource.struct_rusage(%s)' % ', '.join(
            '%s=%r' % (name, value) for name, value in zip(_RUSAGE_FIELDS, self))

    def __reduce__(self):
        return (struct_rusage, (tuple(self),))


for _i, _name in enumerate(_RUSAGE_FIELDS):
    setattr(struct_rusage, _name, property(_operator.itemgetter(_i)))
struct_rusage.__module__ = 'resource'
del _i, _name


def _resource_arg(resource):
    resource = _operator.index(resource)
    if not 0 <= resource < _RLIMIT_COUNT:
        raise ValueError('invalid resource specified')
    return resource


def _limits_arg(limits):
    limits = tuple(limits)
    if len(limits) != 2:
        raise ValueError('expected a tuple of 2 integers')
    return (_operator.index(limits[0]), _operator.index(limits[1]))


def _raise_for(err):
    if err.errno == _errno.EINVAL:
        raise ValueError('current limit exceeds maximum limit') from None
    if err.errno == _errno.EPERM:
        raise ValueError('not allowed to raise maximum limit') from None
    raise err


def getrlimit(resource):
    """(soft, hard) limits of `resource` for this process."""
    return _sharpy_resource.prlimit(0, _resource_arg(resource), None)


def setrlimit(resource, limits):
    """Set the (soft, hard) limits of `resource` for this process."""
    resource = _resource_arg(resource)
    limits = _limits_arg(limits)
    try:
        _sharpy_resource.prlimit(0, resource, limits)
    except OSError as err:
        _raise_for(err)


def prlimit(pid, resource, limits=None):
    """The (soft, hard) limits of `resource` for process `pid`, setting new ones if given."""
    pid = _operator.index(pid)
    resource = _resource_arg(resource)
    if limits is not None:
        limits = _limits_arg(limits)
    try:
        return _sharpy_resource.prlimit(pid, resource, limits)
    except OSError as err:
        if err.errno in (_errno.EINVAL, _errno.EPERM) and limits is not None:
            _raise_for(err)
        raise


def getrusage(who):
    """Resource usage of this process (RUSAGE_SELF), its children or this thread."""
    who = _operator.index(who)
    try:
        return struct_rusage(_sharpy_resource.getrusage(who))
    except OSError as err:
        if err.errno == _errno.EINVAL:
            raise ValueError('invalid who parameter') from None
        raise


def getpagesize():
    """The system's memory page size in bytes."""
    return _sharpy_resource.getpagesize()


# CPython runs this module as C code (Modules/resource.c): its frames add no traceback entries
# (Interpreter/NativeStandIns.cs).
import _sharpy_traceback  # noqa: E402
_sharpy_traceback.native_stand_in(globals())
del _sharpy_traceback
