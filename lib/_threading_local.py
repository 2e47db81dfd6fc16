"""Thread-local objects (Sharpy's own implementation).

``local()`` instances hold one attribute namespace per thread. While a thread uses the object,
its namespace is installed as the instance ``__dict__`` under a per-object lock, so ordinary
attribute access, properties and methods of subclasses all work. A subclass's ``__init__`` runs
again, with the original arguments, the first time each new thread touches the object.
"""

from threading import get_ident, RLock

__all__ = ["local"]


class _localimpl:
    """The per-thread dictionaries of one local object."""

    __slots__ = ('dicts', 'localargs', 'locallock', '__weakref__')

    def __init__(self):
        self.dicts = {}

    def get_dict(self):
        return self.dicts[get_ident()]

    def create_dict(self):
        localdict = {}
        self.dicts[get_ident()] = localdict
        return localdict


class _patch:
    """Context manager: hold the object's lock and install the calling thread's namespace."""

    __slots__ = ('obj', 'impl')

    def __init__(self, obj):
        self.obj = obj
        self.impl = object.__getattribute__(obj, '_local__impl')

    def __enter__(self):
        impl = self.impl
        obj = self.obj
        impl.locallock.acquire()
        try:
            d = impl.dicts.get(get_ident())
            if d is None:
                d = impl.create_dict()
                object.__setattr__(obj, '__dict__', d)
                args, kw = impl.localargs
                cls = type(obj)
                if cls.__init__ is not object.__init__:
                    cls.__init__(obj, *args, **kw)
            else:
                object.__setattr__(obj, '__dict__', d)
        except BaseException:
            impl.locallock.release()
            raise

    def __exit__(self, *exc):
        self.impl.locallock.release()


class local:
    """Thread-local data: each thread sees its own attributes."""

    __slots__ = ('_local__impl', '__dict__')

    def __new__(cls, /, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        impl = _localimpl()
        impl.localargs = (args, kw)
        impl.locallock = RLock()
        object.__setattr__(self, '_local__impl', impl)
        # The creating thread's namespace; __init__ runs for it as part of the normal call.
        object.__setattr__(self, '__dict__', impl.create_dict())
        return self

    def __getattribute__(self, name):
        with _patch(self):
            return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(
                "%r object attribute '__dict__' is read-only" % self.__class__.__name__)
        with _patch(self):
            return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(
                "%r object attribute '__dict__' is read-only" % self.__class__.__name__)
        with _patch(self):
            return object.__delattr__(self, name)
