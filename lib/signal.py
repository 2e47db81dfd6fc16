"""Signal numbers and handlers (CPython 3.11's signal API, Linux numbering).

Handlers are installed in the OS through _sharpy_signal: the interpreter's main thread runs a Python handler
soon after its signal arrives (at once when it sleeps), as CPython does; alarm() and setitimer() arm the
OS timers.
"""
from enum import IntEnum as _IntEnum
import _sharpy_signal

_SIGNALS = {
    'SIGHUP': 1, 'SIGINT': 2, 'SIGQUIT': 3, 'SIGILL': 4, 'SIGTRAP': 5, 'SIGABRT': 6, 'SIGIOT': 6,
    'SIGBUS': 7, 'SIGFPE': 8, 'SIGKILL': 9, 'SIGUSR1': 10, 'SIGSEGV': 11, 'SIGUSR2': 12, 'SIGPIPE': 13,
    'SIGALRM': 14, 'SIGTERM': 15, 'SIGSTKFLT': 16, 'SIGCHLD': 17, 'SIGCLD': 17, 'SIGCONT': 18,
    'SIGSTOP': 19, 'SIGTSTP': 20, 'SIGTTIN': 21, 'SIGTTOU': 22, 'SIGURG': 23, 'SIGXCPU': 24,
    'SIGXFSZ': 25, 'SIGVTALRM': 26, 'SIGPROF': 27, 'SIGWINCH': 28, 'SIGIO': 29, 'SIGPOLL': 29,
    'SIGPWR': 30, 'SIGSYS': 31, 'SIGRTMIN': 34, 'SIGRTMAX': 64,
}

Signals = _IntEnum('Signals', _SIGNALS, module=__name__)
Handlers = _IntEnum('Handlers', {'SIG_DFL': 0, 'SIG_IGN': 1}, module=__name__)
Sigmasks = _IntEnum('Sigmasks', {'SIG_BLOCK': 0, 'SIG_UNBLOCK': 1, 'SIG_SETMASK': 2}, module=__name__)
globals().update(Signals.__members__)
globals().update(Handlers.__members__)
globals().update(Sigmasks.__members__)

NSIG = 65
ITIMER_REAL, ITIMER_VIRTUAL, ITIMER_PROF = 0, 1, 2


class ItimerError(OSError):
    pass


_DESCRIPTIONS = {
    1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction', 5: 'Trace/breakpoint trap',
    6: 'Aborted', 7: 'Bus error', 8: 'Floating point exception', 9: 'Killed', 10: 'User defined signal 1',
    11: 'Segmentation fault', 12: 'User defined signal 2', 13: 'Broken pipe', 14: 'Alarm clock',
    15: 'Terminated', 16: 'Stack fault', 17: 'Child exited', 18: 'Continued', 19: 'Stopped (signal)',
    20: 'Stopped', 21: 'Stopped (tty input)', 22: 'Stopped (tty output)', 23: 'Urgent I/O condition',
    24: 'CPU time limit exceeded', 25: 'File size limit exceeded', 26: 'Virtual timer expired',
    27: 'Profiling timer expired', 28: 'Window changed', 29: 'I/O possible', 30: 'Power failure',
    31: 'Bad system call',
}


default_int_handler = _sharpy_signal.default_int_handler


def _check(signalnum):
    signalnum = int(signalnum)
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")
    return signalnum


def _as_signal(signalnum):
    try:
        return Signals(signalnum)
    except ValueError:
        return signalnum


def _as_handler(handler):
    return Handlers(handler) if isinstance(handler, int) else handler


def getsignal(signalnum, /):
    """The current handler of signalnum: a callable, SIG_IGN or SIG_DFL."""
    return _as_handler(_sharpy_signal.getsignal(_check(signalnum)))


def signal(signalnum, handler, /):
    """Install handler (a callable taking (signum, frame), SIG_IGN or SIG_DFL); returns the old one."""
    import threading
    signalnum = _check(signalnum)
    if threading.current_thread() is not threading.main_thread():
        raise ValueError("signal only works in main thread of the main interpreter")
    if handler in (Handlers.SIG_IGN, Handlers.SIG_DFL) and not callable(handler):
        handler = int(handler)
    elif not callable(handler):
        raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
    if signalnum in (9, 19):
        raise OSError(22, 'Invalid argument')
    return _as_handler(_sharpy_signal.signal(signalnum, handler))


def raise_signal(signalnum, /):
    """Send signalnum to the calling process; its Python handler has run when this returns."""
    _sharpy_signal.raise_signal(_check(signalnum))


def strsignal(signalnum, /):
    """The system description of signalnum (None if unknown)."""
    signalnum = _check(signalnum)
    if 34 <= signalnum <= 64:
        return f'Real-time signal {signalnum - 34}'
    return _DESCRIPTIONS.get(signalnum)


def valid_signals():
    """The set of valid signal numbers on this platform."""
    return {_as_signal(n) for n in range(1, NSIG) if n not in (32, 33)}


def alarm(seconds, /):
    """Arm the alarm clock: SIGALRM in seconds (0 cancels). Returns the seconds left of the previous alarm."""
    return _sharpy_signal.alarm(seconds)


def _timer(result):
    error, value, interval = result
    if error:
        import os
        raise ItimerError(error, os.strerror(error))
    return (value, interval)


def setitimer(which, seconds, interval=0.0, /):
    """Arm interval timer `which` (ITIMER_REAL: SIGALRM); returns the old (delay, interval)."""
    return _timer(_sharpy_signal.setitimer(which, float(seconds), float(interval)))


def getitimer(which, /):
    """The current (delay, interval) of interval timer `which`."""
    return _timer(_sharpy_signal.getitimer(which))


def pause():
    """Wait until a signal arrives and its handler has run."""
    _sharpy_signal.pause()


def siginterrupt(signalnum, flag, /):
    _check(signalnum)


def pthread_sigmask(how, mask, /):
    return set()


def set_wakeup_fd(fd, /, *, warn_on_full_buffer=True):
    return -1
