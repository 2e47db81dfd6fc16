"""Helpers for pickle and copy: the reduction protocol (Sharpy's copyreg).

Besides CPython's public surface (pickle, constructor, dispatch_table, __newobj__, extension
registry), this module holds the default reductions that Sharpy's native ``object.__reduce_ex__``,
``object.__reduce__`` and ``object.__getstate__`` delegate to (``_sharpy_*`` functions).
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Register pickle_function as the reduction function for ob_type."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    """Check that object is callable (kept for backward compatibility)."""
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)


# ---------------------------------------------------------------- protocols 0 and 1

def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _is_builtin_type(cls):
    return cls.__module__ == 'builtins'


def _reduce_ex(self, proto):
    """The protocol 0/1 reduction: (_reconstructor, (cls, base, base_state), state)."""
    assert proto < 2
    cls = self.__class__
    for base in cls.__mro__:
        if _is_builtin_type(base):
            break
    else:
        base = object
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    getstate = _class_attr(cls, '__getstate__')
    if getstate is None or getstate is _OBJECT_GETSTATE:
        if _slotnames(cls):
            raise TypeError("a class that defines __slots__ without defining __getstate__ "
                            "cannot be pickled")
        try:
            dict = self.__dict__
        except AttributeError:
            dict = None
    else:
        dict = getstate(self)
    if dict:
        return _reconstructor, args, dict
    return _reconstructor, args


# ---------------------------------------------------------------- protocol 2+

def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Used by pickle protocol 4 (keyword arguments to __new__)."""
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The (mangled) names of the __slots__ of cls and its bases, cached in cls.__slotnames__."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" in c.__dict__:
                slots = c.__dict__['__slots__']
                if isinstance(slots, str):
                    slots = (slots,)
                for name in slots:
                    if name in ("__dict__", "__weakref__"):
                        continue
                    elif name.startswith('__') and not name.endswith('__'):
                        stripped = c.__name__.lstrip('_')
                        if stripped:
                            names.append('_%s%s' % (stripped, name))
                        else:
                            names.append(name)
                    else:
                        names.append(name)
    try:
        cls.__slotnames__ = names
    except (AttributeError, TypeError):
        pass
    return names


# ---------------------------------------------------------------- extension registry

_extension_registry = {}                # key -> code
_inverted_registry = {}                 # code -> key
_extension_cache = {}                   # code -> object


def add_extension(module, name, code):
    """Register an extension code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code and _inverted_registry.get(code) == key):
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code.  For testing only."""
    key = (module, name)
    if (_extension_registry.get(key) != code or _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()


# ---------------------------------------------------------------- object's defaults (Sharpy)

def _class_attr(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    return None


_OBJECT_REDUCE = object.__dict__.get('__reduce__')
_OBJECT_GETSTATE = object.__dict__.get('__getstate__')


def _sharpy_getstate(obj, required=False):
    """object.__getstate__(): the instance __dict__ (None when empty), plus a dict of slot values."""
    cls = type(obj)
    if required and _is_builtin_type(cls) and cls is not object:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    try:
        state = obj.__dict__
    except AttributeError:
        state = None
    if not state:
        state = None
    names = _slotnames(cls)
    if names:
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def _reduce_newobj(obj):
    # CPython 3.11: Objects/typeobject.c reduce_newobj
    cls = type(obj)
    args = kwargs = None
    getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        newargs = getnewargs_ex()
        if not isinstance(newargs, tuple):
            raise TypeError(f"__getnewargs_ex__ should return a tuple, not '{type(newargs).__name__}'")
        if len(newargs) != 2:
            raise ValueError(f"__getnewargs_ex__ should return a tuple of length 2, not {len(newargs)}")
        args, kwargs = newargs
        if not isinstance(args, tuple):
            raise TypeError(f"first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{type(args).__name__}'")
        if not isinstance(kwargs, dict):
            raise TypeError(f"second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{type(kwargs).__name__}'")
    else:
        getnewargs = getattr(obj, '__getnewargs__', None)
        if getnewargs is not None:
            args = getnewargs()
            if not isinstance(args, tuple):
                raise TypeError(f"__getnewargs__ should return a tuple, not '{type(args).__name__}'")
    hasargs = args is not None
    if args is None:
        args = ()
    if not kwargs:
        newobj, newargs = __newobj__, (cls,) + args
    else:
        newobj, newargs = __newobj_ex__, (cls, args, kwargs)
    getstate = getattr(obj, '__getstate__', None)
    if getstate is None or _class_attr(cls, '__getstate__') is _OBJECT_GETSTATE:
        state = _sharpy_getstate(obj, not hasargs and not isinstance(obj, (list, dict)))
    else:
        state = getstate()
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return newobj, newargs, state, listitems, dictitems


def _common_reduce(obj, proto):
    if proto >= 2:
        return _reduce_newobj(obj)
    return _reduce_ex(obj, proto)


def _sharpy_reduce_ex(obj, protocol):
    """object.__reduce_ex__(protocol): an overriding __reduce__ wins, else the default reduction."""
    reduce = _class_attr(type(obj), '__reduce__')
    if reduce is not None and reduce is not _OBJECT_REDUCE:
        return obj.__reduce__()
    return _common_reduce(obj, protocol)


def _sharpy_reduce(obj):
    """object.__reduce__(): the protocol 0 reduction."""
    return _common_reduce(obj, 0)
