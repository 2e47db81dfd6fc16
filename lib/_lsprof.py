"""The deterministic profiler behind cProfile, on sys.setprofile.

Per function (a code object, or a builtin described by a label string) it counts calls,
recursive calls, time spent inside (inline) and time including callees (total, counted once
per outermost activation); per caller/callee pair the same four numbers. The timer is read once
when a call starts and once when it ends, as CPython's C profiler does, so a custom timer sees
the same sequence of readings.
"""

import sys
import time
import types

from _posixdb import struct_type as _struct_type

__all__ = ['Profiler', 'profiler_entry', 'profiler_subentry']


# Struct sequences as CPython's _lsprof makes them (the helper pwd and grp use for theirs).
profiler_entry = _struct_type(
    '_lsprof', 'profiler_entry', ('code', 'callcount', 'reccallcount', 'totaltime', 'inlinetime', 'calls'),
    "(code, callcount, reccallcount, totaltime, inlinetime, calls) with named fields.")
profiler_subentry = _struct_type(
    '_lsprof', 'profiler_subentry', ('code', 'callcount', 'reccallcount', 'totaltime', 'inlinetime'),
    "(code, callcount, reccallcount, totaltime, inlinetime) of calls from one caller.")


class _Counts:
    """Call statistics of a function, or of a function called from one caller."""

    __slots__ = ('key', 'callcount', 'reccallcount', 'total', 'inline', 'depth', 'calls')

    def __init__(self, key):
        self.key = key
        self.callcount = self.reccallcount = 0
        self.total = self.inline = 0
        self.depth = 0          # activations currently on the stack
        self.calls = {}         # callee key -> _Counts (for entries)

    def finish(self, elapsed, inline):
        self.depth -= 1
        if self.depth == 0:
            self.total += elapsed
        else:
            self.reccallcount += 1
        self.inline += inline
        self.callcount += 1


class _Context:
    """One running call: its entry, start time and time spent in its callees."""

    __slots__ = ('entry', 'start', 'subcalls', 'previous')


def _builtin_label(fn):
    # '<built-in method builtins.len>', "<method 'append' of 'list' objects>", as CPython names them.
    owner = getattr(fn, '__self__', None)
    name = getattr(fn, '__name__', '?')
    if owner is not None and not isinstance(owner, types.ModuleType):
        for klass in type(owner).__mro__:
            if name in klass.__dict__:
                return repr(klass.__dict__[name])
        return '<built-in method %s>' % name
    module = getattr(fn, '__module__', None)
    if module:
        return '<built-in method %s.%s>' % (module, name)
    return '<built-in method %s>' % name


def _disable_label():
    return "<method 'disable' of '_lsprof.Profiler' objects>"


class Profiler:
    """Profiler(timer=None, timeunit=None, subcalls=True, builtins=True)

    Builds a profiler object using the specified timer function.
    The default timer is a fast built-in one based on real time.
    For custom timer functions returning integers, timeunit can
    be a float specifying a scale (i.e. how long each integer unit
    is, in seconds).
    """

    def __init__(self, timer=None, timeunit=0.0, subcalls=True, builtins=True):
        self._timer = timer
        self._timeunit = timeunit
        self._subcalls = bool(subcalls)
        self._builtins = bool(builtins)
        self._entries = {}
        self._current = None
        self._enabled = False
        self._stopping = False

    def _now(self):
        if self._timer is None:
            return time.perf_counter()
        value = self._timer()
        # A custom timer's numbers are seconds, or units of `timeunit` seconds when one is given.
        return value * self._timeunit if self._timeunit else float(value)

    def _entry(self, key):
        entry = self._entries.get(key)
        if entry is None:
            entry = self._entries[key] = _Counts(key)
        return entry

    def _enter(self, key):
        entry = self._entry(key)
        ctx = _Context()
        ctx.entry = entry
        ctx.subcalls = 0
        ctx.previous = self._current
        self._current = ctx
        entry.depth += 1
        if self._subcalls and ctx.previous is not None:
            caller = ctx.previous.entry
            sub = caller.calls.get(key)
            if sub is None:
                # The entry's own key object: cProfile matches subentries to entries by identity.
                sub = caller.calls[key] = _Counts(entry.key)
            sub.depth += 1
        ctx.start = self._now()

    def _stop(self, ctx, entry):
        elapsed = self._now() - ctx.start
        inline = elapsed - ctx.subcalls
        if ctx.previous is not None:
            ctx.previous.subcalls += elapsed
        self._current = ctx.previous
        entry.finish(elapsed, inline)
        if self._subcalls and ctx.previous is not None:
            sub = ctx.previous.entry.calls.get(entry.key)
            if sub is not None:
                sub.finish(elapsed, inline)

    def _leave(self, key):
        ctx = self._current
        if ctx is None:
            return
        entry = self._entries.get(key)
        if entry is not None:
            self._stop(ctx, entry)
        else:
            self._current = ctx.previous

    def _dispatch(self, frame, event, arg):
        if self._stopping:
            return
        if event == 'call':
            code = frame.f_code
            if code is Profiler.disable.__code__:
                # Our own disable() stands for the C method CPython's profiler shows.
                self._stopping = True
                if self._builtins:
                    self._enter(_disable_label())
                return
            self._enter(code)
        elif event == 'return':
            self._leave(frame.f_code)
        elif self._builtins:
            if event == 'c_call':
                self._enter(_builtin_label(arg))
            else:  # c_return, c_exception
                self._leave(_builtin_label(arg))

    def enable(self, subcalls=-1, builtins=-1):
        """Start collecting profiling information (subcalls/builtins: -1 keeps the current setting)."""
        if subcalls != -1:
            self._subcalls = bool(subcalls)
        if builtins != -1:
            self._builtins = bool(builtins)
        self._stopping = False
        self._enabled = True
        sys.setprofile(self._dispatch)

    def disable(self):
        """Stop collecting profiling information; calls still running end now."""
        sys.setprofile(None)
        self._stopping = False
        if self._enabled:
            self._enabled = False
            while self._current is not None:
                self._stop(self._current, self._current.entry)

    def clear(self):
        """Clear all profiling information collected so far."""
        self._entries = {}
        self._current = None

    def getstats(self):
        """A list of profiler_entry objects, one per function seen (see cProfile for their use)."""
        result = []
        for key, entry in self._entries.items():
            calls = None
            if entry.calls:
                calls = [profiler_subentry((sub.key, sub.callcount, sub.reccallcount, sub.total, sub.inline))
                         for sub in entry.calls.values()]
            result.append(profiler_entry((key, entry.callcount, entry.reccallcount,
                                          entry.total, entry.inline, calls)))
        return result
