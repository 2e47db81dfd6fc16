"""Coroutine helpers for asyncio (Sharpy's own implementation)."""

import types as _types

__all__ = ('iscoroutinefunction', 'iscoroutine')

_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100
_is_coroutine = object()


def iscoroutinefunction(func):
    """Return True if func is a coroutine function (async def or marked)."""
    while hasattr(func, 'func') and hasattr(func, 'args') and hasattr(func, 'keywords'):
        func = func.func  # functools.partial
    f = getattr(func, '__func__', func)
    code = getattr(f, '__code__', None)
    if code is not None and code.co_flags & _CO_COROUTINE:
        return True
    return getattr(func, '_is_coroutine', None) is _is_coroutine


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    if isinstance(obj, _types.CoroutineType):
        return True
    if isinstance(obj, _types.GeneratorType):
        return bool(obj.gi_code.co_flags & _CO_ITERABLE_COROUTINE)
    try:
        from collections.abc import Coroutine
    except ImportError:
        return False
    return isinstance(obj, Coroutine)


def _format_coroutine(coro):
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None) or type(coro).__name__
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    frame = getattr(coro, 'cr_frame', None)
    if frame is None:
        frame = getattr(coro, 'gi_frame', None)
    filename = code.co_filename if code is not None else '<unknown>'
    if frame is not None:
        lineno = frame.f_lineno
        if code is not None and getattr(frame, 'f_lasti', 0) < 0:
            # Sharpy reports the first body line for a coroutine that has not started yet
            # (f_lasti < 0); CPython reports the `def` line.
            lineno = code.co_firstlineno
        return f'{name}() running at {filename}:{lineno}'
    lineno = code.co_firstlineno if code is not None else 0
    return f'{name}() done, defined at {filename}:{lineno}'
