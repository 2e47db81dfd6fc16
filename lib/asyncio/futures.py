"""asyncio.Future (Sharpy's own implementation, same state machine as CPython's)."""

import itertools as _itertools
import reprlib
import weakref as _weakref

from . import events
from .exceptions import CancelledError, InvalidStateError

__all__ = ('Future', 'wrap_future', 'isfuture')

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """True for objects that follow the asyncio Future protocol."""
    return (hasattr(obj.__class__, '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


def _format_cb(callback):
    if getattr(callback, '_asyncio_native_repr', False):
        return events._format_callback(callback, ())
    return events._format_callback_source(callback, ())


def _format_callbacks(cb):
    size = len(cb)
    if size == 1:
        text = _format_cb(cb[0][0])
    elif size == 2:
        text = '{}, {}'.format(_format_cb(cb[0][0]), _format_cb(cb[1][0]))
    else:
        text = '{}, <{} more>, {}'.format(_format_cb(cb[0][0]), size - 2, _format_cb(cb[-1][0]))
    return f'cb=[{text}]'


def _future_repr_info(future):
    info = [future._state.lower()]
    if future._state == _FINISHED:
        if future._exception is not None:
            info.append(f'exception={future._exception!r}')
        else:
            info.append(f'result={reprlib.repr(future._result)}')
    if future._callbacks:
        info.append(_format_callbacks(future._callbacks))
    return info


class Future:
    """A value that will be available later; awaitable."""

    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _source_traceback = None
    _cancel_message = None
    _unretrieved_key = None
    _cancelled_exc = None
    _asyncio_future_blocking = False
    __log_traceback = False

    def __init__(self, *, loop=None):
        self._loop = events._get_event_loop() if loop is None else loop
        self._callbacks = []

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, ' '.join(self._repr_info()))

    def _repr_info(self):
        return _future_repr_info(self)

    def __class_getitem__(cls, item):
        return cls

    @property
    def _log_traceback(self):
        return self.__log_traceback

    @_log_traceback.setter
    def _log_traceback(self, val):
        if val:
            raise ValueError('_log_traceback can only be set to False')
        self.__log_traceback = False
        entry = _unretrieved.pop(self._unretrieved_key, None)
        if entry is not None:
            entry[0].detach()

    def get_loop(self):
        loop = self._loop
        if loop is None:
            raise RuntimeError('Future object is not initialized.')
        return loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        exc = CancelledError() if self._cancel_message is None else CancelledError(self._cancel_message)
        exc.__context__ = self._cancelled_exc
        self._cancelled_exc = None
        return exc

    def cancel(self, msg=None):
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self.__schedule_callbacks()
        return True

    def __schedule_callbacks(self):
        callbacks = self._callbacks[:]
        if not callbacks:
            return
        self._callbacks[:] = []
        for callback, ctx in callbacks:
            self._loop.call_soon(callback, self, context=ctx)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        self._log_traceback = False
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        filtered = [(f, ctx) for (f, ctx) in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(filtered)
        if removed:
            self._callbacks[:] = filtered
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self.__schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators and cannot be raised into a Future')
        self._exception = exception
        self._state = _FINISHED
        self.__schedule_callbacks()
        self.__log_traceback = True
        _watch_unretrieved(self)

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


Future.__module__ = '_asyncio'

# Futures whose exception nobody retrieved, by id. CPython reports them from __del__ when they are
# freed; here a weakref.finalize does, when the collector finds the future unreachable (Sharpy collects
# at once where CPython's reference count would drop to zero), or at exit for those still alive.
_unretrieved = {}
_unretrieved_keys = _itertools.count(1)   # not id(): a freed future's id may be reused before its report
_fresh_unretrieved = events._fresh_unretrieved


class _CollectedFuture:
    """What the exception handler is given for a future already collected: its repr from when it failed."""

    def __init__(self, text):
        self._text = text

    def __repr__(self):
        return self._text


def _report_collected(key):
    if key not in _unretrieved:
        return
    # One collection may free several failed futures, whose callbacks then run in no useful order: report
    # every one found dead in the order they failed, as CPython frees a frame's locals first to last.
    dead = [k for k, entry in _unretrieved.items() if k == key or entry[0].peek() is None]
    for k in dead:
        _, loop, message, exception, text = _unretrieved.pop(k)
        loop.call_exception_handler({
            'message': message,
            'exception': exception,
            'future': _CollectedFuture(text),
        })


def _watch_unretrieved(fut):
    name = 'Task' if type(fut).__module__ == '_asyncio' and type(fut).__name__ == 'Task' \
        else fut.__class__.__name__
    old = _unretrieved.pop(fut._unretrieved_key, None)
    if old is not None:
        old[0].detach()
    key = fut._unretrieved_key = next(_unretrieved_keys)
    _fresh_unretrieved.append(key)
    # The repr is taken now: the future is finished, so it would not change before the report.
    watcher = _weakref.finalize(fut, _report_collected, key)
    watcher.atexit = False   # _report_at_exit reports the survivors, in the order they failed
    _unretrieved[key] = (watcher, fut._loop, f'{name} exception was never retrieved', fut._exception, repr(fut))


def _report_at_exit():
    for key in list(_unretrieved):
        entry = _unretrieved.get(key)
        if entry is not None:
            entry[0].detach()
            _report_collected(key)


try:
    import atexit as _atexit
    _atexit.register(_report_at_exit)
except ImportError:  # pragma: no cover
    pass


def _get_loop(fut):
    try:
        get_loop = fut.get_loop
    except AttributeError:
        return fut._loop
    return get_loop()


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


def _copy_future_state(source, dest):
    assert source.done()
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
    else:
        exception = source.exception()
        if exception is not None:
            dest.set_exception(exception)
        else:
            dest.set_result(source.result())


def _chain_future(source, destination):
    def _call_check_cancel(destination):
        if destination.cancelled():
            source.cancel()

    def _call_set_state(source):
        if destination.cancelled():
            return
        _copy_future_state(source, destination)

    destination.add_done_callback(_call_check_cancel)
    source.add_done_callback(_call_set_state)


def wrap_future(future, *, loop=None):
    if isfuture(future):
        return future
    raise TypeError(f'concurrent.futures.Future is expected, got {future!r}')


# CPython's Future is C code (_asyncio): its methods add no traceback entries.
from _sharpy_traceback import native_stand_in as _native_stand_in  # noqa: E402
_native_stand_in(Future)
del _native_stand_in
