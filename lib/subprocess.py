"""Subprocesses with accessible I/O streams (CPython 3.11's subprocess API).

Children are started by the native _sharpy_subprocess module (.NET's Process: fork/exec done safely).
Differences from CPython: a stdin/stdout/stderr argument that is a file object or descriptor is served
by copying (its content is sent to the child's stdin; the child's output is written to it when the
process is waited for), and preexec_fn, pass_fds, user/group and start_new_session are not supported.
"""
import os
import sys

import _sharpy_subprocess as _native

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput", "getoutput",
           "check_output", "run", "CalledProcessError", "DEVNULL", "SubprocessError",
           "TimeoutExpired", "CompletedProcess", "list2cmdline"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_INHERIT, _PIPE, _DISCARD = 0, 1, 2
_SIGNAL_NAMES = {1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 6: 'SIGABRT', 9: 'SIGKILL', 11: 'SIGSEGV',
                 13: 'SIGPIPE', 14: 'SIGALRM', 15: 'SIGTERM'}


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when run(check=True), check_call() or check_output() sees a non-zero exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            name = _SIGNAL_NAMES.get(-self.returncode)
            if name is not None:
                return "Command '%s' died with <Signals.%s: %d>." % (self.cmd, name, -self.returncode)
            return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        """Alias for output attribute, to match stderr"""
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """Raised when the timeout expires while waiting for a child process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    """A process that has finished running, as run() returns it."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    __class_getitem__ = classmethod(lambda cls, item: cls)

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def _translate_newlines(text):
    return text.replace('\r\n', '\n').replace('\r', '\n')


class _Pipe:
    """One end of a pipe to the child: bytes, or text when an encoding is given."""

    def __init__(self, handle, which, encoding=None, errors=None):
        self._handle = handle
        self._which = which          # 0 stdin, 1 stdout, 2 stderr
        self._encoding = encoding
        self._errors = errors or 'strict'
        self.closed = False

    @property
    def mode(self):
        return ('w' if self._which == 0 else 'r') + ('' if self._encoding else 'b')

    def _decode(self, data):
        if self._encoding is None:
            return data
        return _translate_newlines(data.decode(self._encoding, self._errors))

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def read(self, size=-1):
        self._check()
        return self._decode(_native.read(self._handle, self._which, -1 if size is None else size))

    def readline(self, size=-1):
        self._check()
        return self._decode(_native.readline(self._handle, self._which))

    def readlines(self):
        return list(iter(self.readline, self._decode(b'')))

    def __iter__(self):
        return iter(self.readline, self._decode(b''))

    def write(self, data):
        self._check()
        if self._encoding is not None:
            data = data.encode(self._encoding, self._errors)
        return _native.write(self._handle, bytes(data))

    def flush(self):
        pass

    def close(self):
        if not self.closed:
            self.closed = True
            if self._which == 0:
                _native.close_stdin(self._handle)

    def fileno(self):
        raise OSError("Sharpy's pipes to child processes have no file descriptor")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _stream_mode(value, name):
    """(native mode, file object to copy through or None) for a stdin/stdout/stderr argument."""
    if value is None:
        return _INHERIT, None
    if value == PIPE:
        return _PIPE, None
    if value == DEVNULL:
        return _DISCARD, None
    if isinstance(value, int):
        if value < 0:
            raise ValueError(f"invalid {name} value {value}")
        return _PIPE, value
    if hasattr(value, 'write') or hasattr(value, 'read'):
        return _PIPE, value
    raise TypeError(f"bad {name} argument: {value!r}")


def _arguments(args, shell, executable):
    if isinstance(args, (str, bytes, os.PathLike)):
        args = [args]
    else:
        args = list(args)
    args = [os.fsdecode(a) if isinstance(a, (bytes, os.PathLike)) else a for a in args]
    for a in args:
        if not isinstance(a, str):
            raise TypeError(f"expected str, bytes or os.PathLike object, not {type(a).__name__}")
    if shell:
        args = ['/bin/sh', '-c'] + args
        if executable:
            args[0] = executable
        executable = None
    return args, executable


class Popen:
    """Execute a child program in a new process (see the module docstring for Sharpy's limits)."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0, restore_signals=True,
                 start_new_session=False, pass_fds=(), *, user=None, group=None, extra_groups=None,
                 encoding=None, errors=None, text=None, umask=-1, pipesize=-1, process_group=None):
        if preexec_fn is not None:
            raise NotImplementedError("preexec_fn is not supported by Sharpy")
        if text is not None and universal_newlines is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines are supplied '
                                  'but different. Pass one or the other.')
        self.args = args
        self.returncode = None
        self._text_mode = bool(encoding or errors or text or universal_newlines)
        self.text_mode = self._text_mode
        self.encoding = encoding
        self.errors = errors
        argv, executable = _arguments(args, shell, executable)
        if not argv:
            raise IndexError("list index out of range")
        stdin_mode, self._stdin_source = _stream_mode(stdin, 'stdin')
        stdout_mode, self._stdout_target = _stream_mode(stdout, 'stdout')
        merge = stderr == STDOUT
        stderr_mode, self._stderr_target = (_INHERIT, None) if merge else _stream_mode(stderr, 'stderr')
        if merge and stdout_mode == _INHERIT:
            merge = False            # both already go to our stdout
        if cwd is not None:
            cwd = os.fsdecode(cwd)
        if env is not None:
            env = {os.fsdecode(k): os.fsdecode(v) for k, v in env.items()}
        self._handle, self.pid = _native.spawn(argv, executable, cwd, env, stdin_mode, stdout_mode,
                                               stderr_mode, merge)
        encoding = self.encoding or ('utf-8' if self._text_mode else None)
        self.stdin = _Pipe(self._handle, 0, encoding, errors) if stdin == PIPE else None
        self.stdout = _Pipe(self._handle, 1, encoding, errors) if stdout == PIPE else None
        self.stderr = _Pipe(self._handle, 2, encoding, errors) if stderr == PIPE else None
        if self._stdin_source is not None:
            self._feed_stdin_source()

    def _feed_stdin_source(self):
        source = self._stdin_source
        data = os.read(source, 1 << 30) if isinstance(source, int) else source.read()
        if isinstance(data, str):
            data = data.encode()
        _native.write(self._handle, data)
        _native.close_stdin(self._handle)

    def __repr__(self):
        return f"<{self.__class__.__name__}: returncode: {self.returncode} args: {self.args!r}>"

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for pipe in (self.stdout, self.stderr, self.stdin):
            if pipe is not None:
                pipe.close()
        self.wait()

    def _decode_output(self, data):
        if data is None or not self._text_mode:
            return data
        return _translate_newlines(data.decode(self.encoding or 'utf-8', self.errors or 'strict'))

    def _copy_to_targets(self, out, err):
        """Output captured for a file-object target is written to that file."""
        for data, target in ((out, self._stdout_target), (err, self._stderr_target)):
            if target is None or data is None:
                continue
            if isinstance(target, int):
                os.write(target, data)
            else:
                try:
                    target.write(data)
                except TypeError:
                    target.write(data.decode())
                if hasattr(target, 'flush'):
                    target.flush()
        return (None if self._stdout_target is not None else out,
                None if self._stderr_target is not None else err)

    def communicate(self, input=None, timeout=None):
        """Send input to stdin, read stdout and stderr to the end, wait; returns (stdout, stderr)."""
        if isinstance(input, str):
            input = input.encode(self.encoding or 'utf-8', self.errors or 'strict')
        result = _native.communicate(self._handle, input, timeout)
        if result is None:
            raise TimeoutExpired(self.args, timeout)
        out, err = self._copy_to_targets(*result)
        self._stdout_target = self._stderr_target = None
        if self.stdout is None:
            out = None
        if self.stderr is None:
            err = None
        for pipe in (self.stdin, self.stdout, self.stderr):
            if pipe is not None:
                pipe.closed = True
        self.wait()
        return self._decode_output(out), self._decode_output(err)

    def poll(self):
        """The exit code if the process has finished, else None."""
        if self.returncode is None:
            self.returncode = _native.poll(self._handle)
        return self.returncode

    def wait(self, timeout=None):
        """Wait for the process to finish; returns returncode (TimeoutExpired after `timeout` seconds)."""
        if self.returncode is None:
            if self._stdout_target is not None or self._stderr_target is not None:
                result = _native.communicate(self._handle, None, timeout)
                if result is None:
                    raise TimeoutExpired(self.args, timeout)
                self._copy_to_targets(*result)
                self._stdout_target = self._stderr_target = None
            code = _native.wait(self._handle, timeout)
            if code is None:
                raise TimeoutExpired(self.args, timeout)
            self.returncode = code
        return self.returncode

    def send_signal(self, sig):
        if self.returncode is None:
            _native.kill(self._handle, int(sig))

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)

    __class_getitem__ = classmethod(lambda cls, item: cls)


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run a command, wait for it, and return a CompletedProcess (stdout/stderr set when captured)."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            process.wait()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    """Run a command and return its exit code."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except BaseException:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Run a command; raise CalledProcessError on a non-zero exit code, else return 0."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run a command and return its output; CalledProcessError on a non-zero exit code."""
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        kwargs['input'] = '' if kwargs.get('universal_newlines') or kwargs.get('text') or \
            kwargs.get('encoding') or kwargs.get('errors') else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """(exitcode, output) of running cmd in a shell; a trailing newline is removed from output."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """The output (stdout and stderr) of running cmd in a shell."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def list2cmdline(seq):
    """A Windows-style command line for seq (MS C runtime quoting rules)."""
    result = []
    needquote = False
    for arg in map(os.fsdecode, seq):
        bs_buf = []
        if result:
            result.append(' ')
        needquote = (" " in arg) or ("\t" in arg) or not arg
        if needquote:
            result.append('"')
        for c in arg:
            if c == '\\':
                bs_buf.append(c)
            elif c == '"':
                result.append('\\' * len(bs_buf) * 2)
                bs_buf = []
                result.append('\\"')
            else:
                if bs_buf:
                    result.extend(bs_buf)
                    bs_buf = []
                result.append(c)
        if bs_buf:
            result.extend(bs_buf)
        if needquote:
            result.extend(bs_buf)
            result.append('"')
    return ''.join(result)
