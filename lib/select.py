"""Waiting for I/O readiness: select() and poll objects, over libc's poll(2).

select() is implemented with poll(2) too, so descriptors are not limited to FD_SETSIZE by
the kernel interface; CPython's limit and message are kept for compatibility.
"""

import _sharpy_select
import errno as _errno
import math as _math
import os as _os

error = OSError

POLLIN = 0x001
POLLPRI = 0x002
POLLOUT = 0x004
POLLERR = 0x008
POLLHUP = 0x010
POLLNVAL = 0x020
POLLRDNORM = 0x040
POLLRDBAND = 0x080
POLLWRNORM = 0x100
POLLWRBAND = 0x200
POLLMSG = 0x400
POLLRDHUP = 0x2000
PIPE_BUF = 4096

_FD_SETSIZE = 1024
_READ_EVENTS = POLLIN | POLLHUP | POLLERR
_WRITE_EVENTS = POLLOUT | POLLERR


def _fileno(obj):
    """A descriptor number from an int or an object with fileno() (CPython's rules)."""
    if isinstance(obj, int):
        fd = int(obj)
    else:
        meth = getattr(obj, 'fileno', None)
        if meth is None:
            raise TypeError('argument must be an int, or have a fileno() method.')
        fd = meth()
        if not isinstance(fd, int):
            raise TypeError('fileno() returned a non-integer')
        fd = int(fd)
    if fd < 0:
        raise ValueError('file descriptor cannot be a negative integer (%d)' % fd)
    return fd


def _bad_fd():
    return OSError(_errno.EBADF, _os.strerror(_errno.EBADF))


def _timeout_ms(seconds):
    # Whole milliseconds rounded up, so a short timeout never becomes a busy poll.
    return int(_math.ceil(seconds * 1000))


def select(*args):
    """select(rlist, wlist, xlist[, timeout]) -> (readable, writable, exceptional)

    Wait until some of the objects are ready. The lists hold descriptors or objects with
    fileno(); timeout is in seconds (None or absent waits forever)."""
    if len(args) < 3:
        raise TypeError('select expected at least 3 arguments, got %d' % len(args))
    if len(args) > 4:
        raise TypeError('select expected at most 4 arguments, got %d' % len(args))
    rlist, wlist, xlist = args[:3]
    timeout = args[3] if len(args) == 4 else None
    lists = []
    for seq in (rlist, wlist, xlist):
        try:
            lists.append(list(seq))
        except TypeError:
            raise TypeError('arguments 1-3 must be sequences') from None
    if timeout is None:
        wait = -1
    else:
        try:
            seconds = float(timeout) if not isinstance(timeout, (str, bytes)) else None
        except (TypeError, ValueError):
            seconds = None
        if seconds is None:
            raise TypeError('timeout must be a float or None')
        if seconds < 0:
            raise ValueError('timeout must be non-negative')
        wait = _timeout_ms(seconds)
    wanted = {}
    numbered = []
    for kind, events in ((0, POLLIN | POLLPRI), (1, POLLOUT), (2, POLLPRI)):
        entries = []
        for obj in lists[kind]:
            fd = _fileno(obj)
            if fd >= _FD_SETSIZE:
                raise ValueError('filedescriptor out of range in select()')
            wanted[fd] = wanted.get(fd, 0) | events
            entries.append((obj, fd))
        numbered.append(entries)
    pairs = []
    for fd, events in wanted.items():
        pairs += (fd, events)
    ready = dict(_sharpy_select.poll(pairs, wait)) if pairs else {}
    if not pairs and wait != 0:
        _sharpy_select.poll([], wait)        # select([], [], [], t) just sleeps
    if any(revents & POLLNVAL for revents in ready.values()):
        raise _bad_fd()
    masks = (_READ_EVENTS, _WRITE_EVENTS, POLLPRI)
    return tuple([obj for obj, fd in entries if ready.get(fd, 0) & mask]
                 for entries, mask in zip(numbered, masks))


class poll:
    """A set of descriptors to wait on with poll(); made by select.poll()."""

    def __init__(self):
        self._fds = {}
        self._polling = False

    def register(self, fd, eventmask=POLLIN | POLLPRI | POLLOUT, /):
        """Watch `fd` for the events in `eventmask` (replacing an earlier registration)."""
        fd = _fileno(fd)
        self._fds[fd] = self._event_mask(eventmask)

    def modify(self, fd, eventmask, /):
        """Change the events watched for a registered `fd`."""
        fd = _fileno(fd)
        if fd not in self._fds:
            raise OSError(_errno.ENOENT, _os.strerror(_errno.ENOENT))
        self._fds[fd] = self._event_mask(eventmask)

    def unregister(self, fd, /):
        """Stop watching `fd` (KeyError when it was not registered)."""
        fd = _fileno(fd)
        if fd not in self._fds:
            raise KeyError(fd)
        del self._fds[fd]

    def poll(self, timeout=None, /):
        """Wait up to `timeout` milliseconds (None or negative: forever); returns
        [(fd, events), ...] for the descriptors with events."""
        if timeout is None:
            wait = -1
        else:
            if isinstance(timeout, (str, bytes)) or not hasattr(timeout, '__float__') and \
                    not hasattr(timeout, '__index__'):
                raise TypeError('timeout must be an integer or None')
            wait = -1 if timeout < 0 else int(_math.ceil(timeout))
        if self._polling:
            raise RuntimeError('concurrent poll() invocation')
        pairs = []
        for fd, events in self._fds.items():
            pairs += (fd, events)
        self._polling = True
        try:
            return _sharpy_select.poll(pairs, wait)
        finally:
            self._polling = False

    @staticmethod
    def _event_mask(eventmask):
        mask = int(eventmask)
        if not 0 <= mask <= 0xFFFF:
            raise OverflowError('Python int too large for C unsigned short')
        return mask


poll.__module__ = 'select'


# CPython runs this module as C code (Modules/selectmodule.c): its frames add no traceback entries
# (Interpreter/NativeStandIns.cs).
import _sharpy_traceback  # noqa: E402
_sharpy_traceback.native_stand_in(globals())
del _sharpy_traceback
