"""Functional tools for creating and using iterators (Sharpy's own implementation)."""

import sys as _sys

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress',
           'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee', 'zip_longest']


def _no_kwargs(name, kwargs):
    if kwargs:
        raise TypeError(f"{name}() takes no keyword arguments")


def _clinic_args(name, args, kwargs, params, required, defaults=()):
    """Binds arguments the way CPython's Argument Clinic parsers of these C types do, with their
    messages: at most len(params) arguments, keywords allowed, the first `required` mandatory."""
    given = len(args) + len(kwargs)
    if given > len(params):
        raise TypeError(f"{name}() takes at most {len(params)} argument{'s' if len(params) != 1 else ''} "
                        f"({given} given)")
    values = list(args) + [_MISSING] * (len(params) - len(args))
    for key, value in kwargs.items():
        if key not in params:
            raise TypeError(f"{key!r} is an invalid keyword argument for {name}()")
        index = params.index(key)
        if index < len(args):
            raise TypeError(f"argument for {name}() given by name ({key!r}) and position ({index + 1})")
        values[index] = value
    for index, value in enumerate(values):
        if value is _MISSING:
            if index < required:
                raise TypeError(f"{name}() missing required argument {params[index]!r} (pos {index + 1})")
            values[index] = defaults[index - required]
    return values


def _exact_args(name, args, kwargs, count):
    """CPython's check for the C types that take exactly `count` positional arguments."""
    _no_kwargs(name, kwargs)
    if len(args) != count:
        raise TypeError(f"{name} expected {count} argument{'s' if count != 1 else ''}, got {len(args)}")
    return args


def _is_number(x):
    try:
        x + 0
    except TypeError:
        return False
    return True


class count:
    """Return a count object whose .__next__() method returns consecutive values."""
    __sharpy_tp_name__ = 'itertools.count'   # CPython's C type name, shown in error messages

    def __init__(self, *args, **kwargs):
        start, step = _clinic_args('count', args, kwargs, ('start', 'step'), 0, (0, 1))
        if not _is_number(start) or not _is_number(step):
            raise TypeError("a number is required")
        self._value = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return f"count({self._value!r})"
        return f"count({self._value!r}, {step!r})"


class cycle:
    """Return elements from the iterable until it is exhausted, then repeat the sequence."""
    __sharpy_tp_name__ = 'itertools.cycle'   # CPython's C type name, shown in error messages

    def __init__(self, *args, **kwargs):
        iterable, = _exact_args('cycle', args, kwargs, 1)
        self._it = iter(iterable)
        self._saved = []
        self._index = -1

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is not None:
            try:
                item = next(self._it)
            except StopIteration:
                self._it = None
            else:
                self._saved.append(item)
                return item
        if not self._saved:
            raise StopIteration
        self._index = (self._index + 1) % len(self._saved)
        return self._saved[self._index]


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""
    __sharpy_tp_name__ = 'itertools.repeat'   # CPython's C type name, shown in error messages

    def __init__(self, *args, **kwargs):
        object, times = _clinic_args('repeat', args, kwargs, ('object', 'times'), 1, (None,))
        self._object = object
        if times is not None:
            if not isinstance(times, int):
                raise TypeError(f"'{type(times).__name__}' object cannot be interpreted as an integer")
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return f"repeat({self._object!r})"
        return f"repeat({self._object!r}, {self._times})"


class accumulate:
    """Return series of accumulated sums (or other binary function results)."""
    __sharpy_tp_name__ = 'itertools.accumulate'   # CPython's C type name, shown in error messages

    def __init__(self, *args, **kwargs):
        if len(args) > 2 and len(args) + len(kwargs) <= 3:
            raise TypeError(f"accumulate() takes at most 2 positional arguments ({len(args)} given)")
        iterable, func, initial = _clinic_args('accumulate', args, kwargs, ('iterable', 'func', 'initial'),
                                               1, (None, None))
        self._it = iter(iterable)
        self._func = func
        self._total = initial
        self._started = False
        self._pending_initial = initial is not None

    def __iter__(self):
        return self

    def __next__(self):
        if self._pending_initial:
            self._pending_initial = False
            self._started = True
            return self._total
        item = next(self._it)
        if not self._started:
            self._started = True
            self._total = item
        elif self._func is None:
            self._total = self._total + item
        else:
            self._total = self._func(self._total, item)
        return self._total


class chain:
    """Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""
    __sharpy_tp_name__ = 'itertools.chain'   # CPython's C type name, shown in error messages

    def __init__(self, *iterables, **kwargs):
        _no_kwargs('chain', kwargs)
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        self = cls.__new__(cls)
        self._sources = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._sources is None:
                raise StopIteration
            if self._active is None:
                try:
                    self._active = iter(next(self._sources))
                except StopIteration:
                    self._sources = None
                    raise
            try:
                return next(self._active)
            except StopIteration:
                self._active = None

    def __class_getitem__(cls, item):
        return cls


class compress:
    """Return data elements corresponding to true selector elements."""
    __sharpy_tp_name__ = 'itertools.compress'   # CPython's C type name, shown in error messages

    def __init__(self, *args, **kwargs):
        data, selectors = _clinic_args('compress', args, kwargs, ('data', 'selectors'), 2, ())
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._data)
            if next(self._selectors):
                return item


class dropwhile:
    """Drop items from the iterable while predicate(item) is true."""
    __sharpy_tp_name__ = 'itertools.dropwhile'   # CPython's C type name, shown in error messages

    def __init__(self, *args, **kwargs):
        predicate, iterable = _exact_args('dropwhile', args, kwargs, 2)
        self._predicate = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._it)
            if not self._dropping:
                return item
            if not self._predicate(item):
                self._dropping = False
                return item


class takewhile:
    """Return successive entries from an iterable as long as the predicate evaluates to true."""
    __sharpy_tp_name__ = 'itertools.takewhile'   # CPython's C type name, shown in error messages

    def __init__(self, *args, **kwargs):
        predicate, iterable = _exact_args('takewhile', args, kwargs, 2)
        self._predicate = predicate
        self._it = iter(iterable)
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        item = next(self._it)
        if self._predicate(item):
            return item
        self._done = True
        raise StopIteration


class filterfalse:
    """Return those items of iterable for which function(item) is false."""
    __sharpy_tp_name__ = 'itertools.filterfalse'   # CPython's C type name, shown in error messages

    def __init__(self, *args, **kwargs):
        function, iterable = _exact_args('filterfalse', args, kwargs, 2)
        self._function = bool if function is None else function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._it)
            if not self._function(item):
                return item


class _grouper:
    def __init__(self, parent, key):
        self._parent = parent
        self._key = key

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._current_grouper is not self:
            raise StopIteration
        if parent._pending is _MISSING:
            parent._advance()
            if parent._pending is _MISSING or parent._pending_key != self._key:
                raise StopIteration
        item = parent._pending
        parent._pending = _MISSING
        return item


_MISSING = object()


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""
    __sharpy_tp_name__ = 'itertools.groupby'   # CPython's C type name, shown in error messages

    def __init__(self, *args, **kwargs):
        iterable, key = _clinic_args('groupby', args, kwargs, ('iterable', 'key'), 1, (None,))
        self._it = iter(iterable)
        self._keyfunc = key
        self._pending = _MISSING
        self._pending_key = _MISSING
        self._current_key = _MISSING
        self._current_grouper = None
        self._exhausted = False

    def _advance(self):
        try:
            item = next(self._it)
        except StopIteration:
            self._exhausted = True
            self._pending = _MISSING
            return
        self._pending = item
        self._pending_key = item if self._keyfunc is None else self._keyfunc(item)

    def __iter__(self):
        return self

    def __next__(self):
        # Skip whatever is left of the current group.
        while True:
            if self._pending is _MISSING:
                if self._exhausted:
                    raise StopIteration
                self._advance()
                if self._pending is _MISSING:
                    raise StopIteration
            if self._current_key is _MISSING or self._pending_key != self._current_key:
                break
            self._pending = _MISSING
        self._current_key = self._pending_key
        self._current_grouper = _grouper(self, self._current_key)
        return self._current_key, self._current_grouper


def _islice_index(value):
    """None stays None; a valid index is returned; anything else gives -1 (an error)."""
    if value is None:
        return None
    try:
        index = value.__index__()
    except (AttributeError, TypeError):
        index = -1
    if index < 0 or index > _sys.maxsize:
        return -1
    return index


class islice:
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object"""
    __sharpy_tp_name__ = 'itertools.islice'   # CPython's C type name, shown in error messages

    def __init__(self, *args, **kwargs):
        _no_kwargs('islice', kwargs)
        if not 2 <= len(args) <= 4:
            bound = 'at least 2' if len(args) < 2 else 'at most 4'
            raise TypeError(f"islice expected {bound} arguments, got {len(args)}")
        iterable, *args = args
        if len(args) == 1:
            start, stop, step = None, args[0], None
        else:
            start, stop = args[0], args[1]
            step = args[2] if len(args) == 3 else None
        stop_i = _islice_index(stop)
        if stop_i == -1:
            raise ValueError("Stop argument for islice() must be None or an integer: "
                             "0 <= x <= sys.maxsize.")
        start_i = _islice_index(start)
        step_i = _islice_index(step)
        if start_i == -1 or step_i == -1:
            raise ValueError("Indices for islice() must be None or an integer: "
                             "0 <= x <= sys.maxsize.")
        if step_i == 0:
            raise ValueError("Step for islice() must be a positive integer or None.")
        self._it = iter(iterable)
        self._next_index = 0 if start_i is None else start_i
        self._stop = stop_i
        self._step = 1 if step_i is None else step_i
        self._position = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        if self._stop is not None and self._next_index >= self._stop:
            # Consume up to stop, like CPython, then finish.
            while self._position < self._stop:
                try:
                    next(it)
                except StopIteration:
                    break
                self._position += 1
            self._it = None
            raise StopIteration
        while self._position < self._next_index:
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._position += 1
        try:
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._position += 1
        self._next_index += self._step
        if self._stop is not None and self._next_index > self._stop:
            self._next_index = self._stop
        return item


class starmap:
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""
    __sharpy_tp_name__ = 'itertools.starmap'   # CPython's C type name, shown in error messages

    def __init__(self, *args, **kwargs):
        function, iterable = _exact_args('starmap', args, kwargs, 2)
        self._function = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        return self._function(*next(self._it))


class _tee_link:
    __slots__ = ('value', 'next')

    def __init__(self):
        self.value = _MISSING
        self.next = None


class _tee:
    __sharpy_tp_name__ = 'itertools._tee'   # CPython's C type name, shown in error messages
    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            link.value = next(self._it)
            link.next = _tee_link()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(*args, **kwargs):
    """Returns a tuple of n independent iterators."""
    _no_kwargs('itertools.tee', kwargs)
    if not 1 <= len(args) <= 2:
        bound = 'at least 1 argument' if not args else 'at most 2 arguments'
        raise TypeError(f"tee expected {bound}, got {len(args)}")
    iterable, n = args if len(args) == 2 else (args[0], 2)
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(it, _tee_link())
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))


class zip_longest:
    """Return a zip_longest object whose .__next__() method returns a tuple ..."""
    __sharpy_tp_name__ = 'itertools.zip_longest'   # CPython's C type name, shown in error messages

    def __init__(self, *iterables, **kwargs):
        # CPython's message names no keyword.
        fillvalue = kwargs.pop('fillvalue', None)
        if kwargs:
            raise TypeError("zip_longest() got an unexpected keyword argument")
        self._its = [iter(it) for it in iterables]
        self._fill = fillvalue
        self._active = len(self._its)

    def __iter__(self):
        return self

    def __next__(self):
        if not self._its or self._active == 0:
            raise StopIteration
        result = []
        for i, it in enumerate(self._its):
            if it is None:
                result.append(self._fill)
                continue
            try:
                result.append(next(it))
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    raise
                self._its[i] = None
                result.append(self._fill)
        return tuple(result)


# The combinatoric iterators are C# types (src/Sharpy.Runtime/Modules/Itertools): in Python they cost 7-175x
# CPython's C versions.
from _sharpy_itertools import combinations, combinations_with_replacement, permutations, product  # noqa: E402


class pairwise:
    """Return an iterator of overlapping pairs taken from the input iterator."""
    __sharpy_tp_name__ = 'itertools.pairwise'   # CPython's C type name, shown in error messages

    def __init__(self, *args, **kwargs):
        iterable, = _exact_args('pairwise', args, kwargs, 1)
        self._it = iter(iterable)
        self._last = _MISSING

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is None:
            raise StopIteration
        try:
            if self._last is _MISSING:
                self._last = next(self._it)
            item = next(self._it)
        except StopIteration:
            self._it = None
            raise
        pair = (self._last, item)
        self._last = item
        return pair


# CPython runs this module as C code (Modules/itertoolsmodule.c): its frames add no traceback entries
# (Interpreter/NativeStandIns.cs).
import _sharpy_traceback  # noqa: E402
_sharpy_traceback.native_stand_in(globals())
del _sharpy_traceback
