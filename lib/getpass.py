"""Utilities to get a password and/or the current user name.

getpass(prompt[, stream]) - Prompt for a password, with echo turned off.
getuser() - Get the user name from the environment or password database.

GetPassWarning - This UserWarning is issued when getpass() cannot prevent
                 echoing of the password contents while reading.

On Windows, the msvcrt module will be used.

"""
# Sharpy's getpass, written from CPython 3.11's documentation and observed behaviour.
# Sharpy has no termios: on a terminal, echo is switched off with `stty`; without a
# terminal the password is read from stdin after CPython's GetPassWarning.

import contextlib
import io
import os
import sys
import warnings

__all__ = ['getpass', 'getuser', 'GetPassWarning']


class GetPassWarning(UserWarning):
    pass


def _stty(args, tty_path='/dev/tty'):
    """Run stty on the terminal; True if it worked."""
    try:
        import subprocess
        with open(tty_path, 'rb') as tty:
            return subprocess.run(['stty'] + args, stdin=tty, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL).returncode == 0
    except (OSError, ImportError, ValueError):
        return False


def unix_getpass(prompt='Password: ', stream=None):
    """Prompt for a password on the controlling terminal with echo off."""
    with contextlib.ExitStack() as stack:
        try:
            fd = os.open('/dev/tty', os.O_RDWR | os.O_NOCTTY)
            tty = io.FileIO(fd, 'w+')
            stack.enter_context(tty)
            tty_input = io.TextIOWrapper(tty)
            stack.enter_context(tty_input)
            if not stream:
                stream = tty_input
            have_tty = True
        except OSError:
            stack.close()
            have_tty = False
        if not have_tty or not _stty(['-echo']):
            if have_tty and stream is tty_input:
                stack.close()
                stream = None
            if not stream:
                stream = sys.stderr
            passwd = fallback_getpass(prompt, stream)
            stream.write('\n')
            return passwd
        try:
            passwd = _raw_input(prompt, stream, input=tty_input)
        finally:
            _stty(['echo'])
            stream.flush()
        stream.write('\n')
        return passwd


def fallback_getpass(prompt='Password: ', stream=None):
    """Read a password with echo left on (after warning about it)."""
    warnings.warn('Can not control echo on the terminal.', GetPassWarning, stacklevel=2)
    if not stream:
        stream = sys.stderr
    print('Warning: Password input may be echoed.', file=stream)
    return _raw_input(prompt, stream)


def _raw_input(prompt='', stream=None, input=None):
    if not stream:
        stream = sys.stderr
    if not input:
        input = sys.stdin
    prompt = str(prompt)
    if prompt:
        try:
            stream.write(prompt)
        except UnicodeEncodeError:
            prompt = prompt.encode(stream.encoding, 'replace').decode(stream.encoding)
            stream.write(prompt)
        stream.flush()
    line = input.readline()
    if not line:
        raise EOFError
    if line[-1] == '\n':
        line = line[:-1]
    return line


def getuser():
    """The login name: LOGNAME, USER, LNAME or USERNAME, else the password database."""
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    try:
        import pwd
    except ImportError:
        pwd = None
    if pwd is not None:
        return pwd.getpwuid(os.getuid())[0]
    uid = os.getuid()
    try:
        with open('/etc/passwd', encoding='utf-8', errors='replace') as f:
            for line in f:
                fields = line.rstrip('\n').split(':')
                if len(fields) >= 3 and fields[2] == str(uid):
                    return fields[0]
    except OSError:
        pass
    raise KeyError('getpwuid(): uid not found: %d' % uid)


getpass = unix_getpass
