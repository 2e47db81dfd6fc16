"""The event loop, callback handles and loop policy (Sharpy's own asyncio implementation).

A single-threaded loop without I/O: ready callbacks run FIFO, timers live in a heap ordered by
their deadline (time.monotonic), exactly the scheduling discipline CPython's BaseEventLoop uses,
so the interleaving of tasks matches CPython's.
"""

import gc
import heapq
import math
import sys
import time
import weakref
from collections import deque

# Keys of futures that failed with nobody retrieving the exception during the current loop iteration
# (appended by futures.py), and how many more collections may look for them (see _collect_failed_futures).
_fresh_unretrieved = []
_failed_future_collections = 16

try:
    import contextvars as _contextvars
except ImportError:  # pragma: no cover - contextvars is part of Sharpy's lib
    _contextvars = None

__all__ = ('AbstractEventLoopPolicy', 'AbstractEventLoop', 'Handle', 'TimerHandle',
           'get_event_loop_policy', 'set_event_loop_policy', 'get_event_loop', 'set_event_loop',
           'new_event_loop', 'get_running_loop', '_get_running_loop', 'BaseEventLoop',
           'SelectorEventLoop', 'DefaultEventLoopPolicy')

_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5
_MAXIMUM_SELECT_TIMEOUT = 24 * 3600


def _format_args(args):
    import reprlib
    return '(' + ', '.join(reprlib.repr(a) for a in args) + ')'


def _format_callback(func, args, suffix=''):
    if hasattr(func, 'func') and hasattr(func, 'args') and hasattr(func, 'keywords'):
        return _format_callback(func.func, func.args, suffix + _format_args(args))
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None) or repr(func)
    return name + _format_args(args or ()) + suffix


def _format_callback_source(func, args):
    text = _format_callback(func, args)
    f = func
    while hasattr(f, 'func') and hasattr(f, 'args'):
        f = f.func
    f = getattr(f, '__func__', f)
    code = getattr(f, '__code__', None)
    if code is not None:
        text += f' at {code.co_filename}:{code.co_firstlineno}'
    return text


class Handle:
    """A callback registered with a loop (returned by call_soon)."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_repr', '_context', '__weakref__')

    def __init__(self, callback, args, loop, context=None):
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._repr = None
        if context is None and _contextvars is not None:
            context = _contextvars.copy_context()
        self._context = context

    def _repr_info(self):
        info = [self.__class__.__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(_format_callback_source(self._callback, self._args))
        return info

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        return '<{}>'.format(' '.join(self._repr_info()))

    def get_context(self):
        return self._context

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            if self._context is None:
                self._callback(*self._args)
            else:
                self._context.run(self._callback, *self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            cb = _format_callback_source(self._callback, self._args)
            self._loop.call_exception_handler({
                'message': f'Exception in callback {cb}',
                'exception': exc,
                'handle': self,
            })
        self = None


class TimerHandle(Handle):
    """A callback scheduled for a point in time (returned by call_later/call_at)."""

    __slots__ = ('_scheduled', '_when', '_seq')
    _next_seq = 0

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False
        TimerHandle._next_seq += 1
        self._seq = TimerHandle._next_seq

    def _repr_info(self):
        info = super()._repr_info()
        pos = 2 if self._cancelled else 1
        info.insert(pos, f'when={self._when}')
        return info

    def __hash__(self):
        return hash(self._when)

    # Deadlines compare first; equal deadlines (same delay scheduled in one loop iteration, whose
    # CPython deadlines differ by microseconds in scheduling order) fall back to scheduling order.
    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when, self._seq) < (other._when, other._seq)
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and self._callback == other._callback and
                    self._args == other._args and self._cancelled == other._cancelled)
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        return self._when


class AbstractEventLoop:
    """Abstract event loop interface."""


class BaseEventLoop(AbstractEventLoop):
    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._ready = deque()
        self._scheduled = []
        self._default_executor = None
        # Executor calls still running on other threads, and the event they wake the loop with.
        self._inflight = 0
        self._wakeup = None
        self._thread_running = False
        self._clock_resolution = 1e-09
        self._exception_handler = None
        self._debug = False
        self._task_factory = None
        self._asyncgens = weakref.WeakSet()
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False
        self.slow_callback_duration = 0.1
        self._now = None

    def __repr__(self):
        return (f'<{self.__class__.__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # -- futures and tasks
    def create_future(self):
        from .futures import Future
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is None:
            from .tasks import Task
            task = Task(coro, loop=self, name=name, context=context)
        else:
            task = self._task_factory(self, coro) if context is None else \
                self._task_factory(self, coro, context=context)
            if name is not None:
                task.set_name(name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # -- state
    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if _get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def is_running(self):
        return self._thread_running

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def time(self):
        return time.monotonic()

    def _iteration_time(self):
        # While running, deadlines are computed from the clock read once per iteration (after
        # the wait), so equal delays scheduled in one iteration get equal deadlines and wake
        # together in FIFO order, as they do in CPython where the wait is rounded up to whole
        # milliseconds (epoll).
        now = self._now
        return time.monotonic() if now is None else now

    def stop(self):
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)
        self._scheduled.clear()
        self._executor_shutdown_called = True

    def _asyncgen_firstiter_hook(self, agen):
        # Async generators first iterated while this loop runs are closed by shutdown_asyncgens().
        if self._asyncgens_shutdown_called:
            import warnings
            warnings.warn(f"asynchronous generator {agen!r} was scheduled after loop.shutdown_asyncgens() call",
                          ResourceWarning, source=self)
        self._asyncgens.add(agen)

    def _asyncgen_finalizer_hook(self, agen):
        # An abandoned async generator is closed by a task on its loop (its finally blocks may await).
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        closing = list(self._asyncgens)
        self._asyncgens.clear()
        for ag in closing:
            try:
                await ag.aclose()
            except Exception as exc:
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {ag!r}',
                    'exception': exc, 'asyncgen': ag})

    async def shutdown_default_executor(self):
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        executor = self._default_executor
        self._default_executor = None
        # CPython joins the workers on a helper thread; waiting here gives the same end state.
        executor.shutdown(wait=True)

    # -- running
    def run_forever(self):
        self._check_closed()
        self._check_running()
        self._thread_running = True
        old_loop = _get_running_loop()
        _set_running_loop(self)
        old_agen_hooks = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook, finalizer=self._asyncgen_finalizer_hook)
        try:
            self._now = time.monotonic()
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._now = None
            self._stopping = False
            self._thread_running = False
            _set_running_loop(old_loop)
            sys.set_asyncgen_hooks(*old_agen_hooks)

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        from . import futures, tasks
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def _run_once(self):
        sched_count = len(self._scheduled)
        if (sched_count > _MIN_SCHEDULED_TIMER_HANDLES and
                self._timer_cancelled_count / sched_count > _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            new_scheduled = []
            for handle in self._scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    new_scheduled.append(handle)
            heapq.heapify(new_scheduled)
            self._scheduled = new_scheduled
            self._timer_cancelled_count = 0
        else:
            while self._scheduled and self._scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                handle = heapq.heappop(self._scheduled)
                handle._scheduled = False

        timeout = None
        if self._ready or self._stopping:
            timeout = 0
        elif self._scheduled:
            when = self._scheduled[0]._when
            timeout = min(max(0, when - time.monotonic()), _MAXIMUM_SELECT_TIMEOUT)

        if self._inflight and timeout != 0:
            # Executor calls on other threads wake the loop through call_soon_threadsafe.
            if timeout is None:
                self._wakeup.wait()
            else:
                self._wakeup.wait(math.ceil(timeout * 1e3) * 1e-3)
            self._wakeup.clear()
        elif timeout is None:
            # Nothing can ever wake us (no I/O here): CPython would block forever.
            # Stop instead, so run_until_complete reports the unfinished future.
            self._stopping = True
        elif timeout > 0:
            time.sleep(math.ceil(timeout * 1e3) * 1e-3)
        self._now = time.monotonic()

        end_time = self._now + self._clock_resolution
        while self._scheduled:
            handle = self._scheduled[0]
            if handle._when >= end_time:
                break
            handle = heapq.heappop(self._scheduled)
            handle._scheduled = False
            self._ready.append(handle)

        ntodo = len(self._ready)
        for _ in range(ntodo):
            handle = self._ready.popleft()
            if handle._cancelled:
                continue
            handle._run()
        handle = None
        if _fresh_unretrieved:
            self._collect_failed_futures()

    def _collect_failed_futures(self):
        # A future that failed in this iteration and that nothing references any more (a task nobody kept)
        # is freed here by CPython's reference counting, which reports "exception was never retrieved" at
        # once. A collection finds those; it is costly, so only the first few iterations get one.
        global _failed_future_collections
        _fresh_unretrieved.clear()
        if _failed_future_collections > 0:
            _failed_future_collections -= 1
            gc.collect()

    # -- scheduling
    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        self._check_callback(callback, 'call_soon')
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        handle = self.call_soon(callback, *args, context=context)
        if self._wakeup is not None:
            self._wakeup.set()
        return handle

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self._iteration_time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        self._check_callback(callback, 'call_at')
        timer = TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _check_callback(self, callback, method):
        from . import coroutines
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError(f'coroutines cannot be used with {method}()')
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        self._check_callback(func, 'run_in_executor')
        if executor is None:
            executor = self._default_executor
            if executor is None:
                if self._executor_shutdown_called:
                    raise RuntimeError('Executor shutdown has been called')
                from concurrent.futures import ThreadPoolExecutor
                executor = ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        if self._wakeup is None:
            import threading
            self._wakeup = threading.Event()
        fut = self.create_future()
        self._inflight += 1

        def copy_result(cf_future):
            self._inflight -= 1
            if fut.cancelled():
                return
            if cf_future.cancelled():
                fut.cancel()
                return
            exc = cf_future.exception()
            if exc is not None:
                fut.set_exception(exc)
            else:
                fut.set_result(cf_future.result())

        def on_done(cf_future):
            # Runs on the worker thread: hand the result to the loop's thread.
            if not self._closed:
                self.call_soon_threadsafe(copy_result, cf_future)

        executor.submit(func, *args).add_done_callback(on_done)
        return fut

    def set_default_executor(self, executor):
        from concurrent.futures import ThreadPoolExecutor
        if not isinstance(executor, ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor')
        self._default_executor = executor

    # -- errors
    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        message = context.get('message') or 'Unhandled exception in event loop'
        exception = context.get('exception')
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append(f'{key}: {context[key]!r}')
        text = '\n'.join(lines)
        if exception is not None:
            try:
                import traceback
                text += '\n' + ''.join(traceback.format_exception(
                    type(exception), exception, exception.__traceback__)).rstrip('\n')
            except Exception:
                text += f'\n{type(exception).__name__}: {exception}'
        print(text, file=sys.stderr)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                pass
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc, 'context': context})
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException:
                    pass


class _UnixSelectorEventLoop(BaseEventLoop):
    pass


SelectorEventLoop = _UnixSelectorEventLoop


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    fut.get_loop().stop()


# -- running loop and policy

_running_loop = None


def _get_running_loop():
    return _running_loop


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


def get_running_loop():
    loop = _running_loop
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


class AbstractEventLoopPolicy:
    """Abstract policy for accessing the event loop."""


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    _loop_factory = _UnixSelectorEventLoop

    def __init__(self):
        self._loop = None
        self._set_called = False

    def get_event_loop(self):
        if self._loop is None and not self._set_called:
            self.set_event_loop(self.new_event_loop())
        if self._loop is None:
            raise RuntimeError('There is no current event loop in thread %r.' % 'MainThread')
        return self._loop

    def set_event_loop(self, loop):
        self._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not "
                            f"'{type(loop).__name__}'")
        self._loop = loop

    def new_event_loop(self):
        return self._loop_factory()


DefaultEventLoopPolicy = BaseDefaultEventLoopPolicy
_event_loop_policy = None


def get_event_loop_policy():
    global _event_loop_policy
    if _event_loop_policy is None:
        _event_loop_policy = DefaultEventLoopPolicy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, not "
                        f"'{type(policy).__name__}'")
    _event_loop_policy = policy


def get_event_loop():
    loop = _running_loop
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


_get_event_loop = get_event_loop


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()


# CPython implements these in C (_asyncio): they add no traceback entries.
from _sharpy_traceback import native_stand_in as _native_stand_in  # noqa: E402
_native_stand_in(_get_running_loop, _set_running_loop, get_running_loop, get_event_loop)
del _native_stand_in
