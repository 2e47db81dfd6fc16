"""Define names for built-in types that aren't directly accessible as a builtin (Sharpy's own implementation)."""

import sys


def _f(): pass
FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)
SimpleNamespace = type(sys.implementation)


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]
CellType = type(_cell_factory())


def _g():
    yield 1
GeneratorType = type(_g())


async def _c(): pass
_c = _c()
CoroutineType = type(_c)
_c.close()


async def _ag():
    yield
_ag = _ag()
AsyncGeneratorType = type(_ag)


class _C:
    def _m(self): pass
MethodType = type(_C()._m)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)

WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])

ModuleType = type(sys)

try:
    raise TypeError
except TypeError as exc:
    TracebackType = type(exc.__traceback__)
    FrameType = type(exc.__traceback__.tb_frame)

GetSetDescriptorType = type(FunctionType.__code__)
class _Slotted:
    __slots__ = ('member',)
MemberDescriptorType = type(_Slotted.member)
del _Slotted

del sys, _f, _g, _C, _c, _ag, _cell_factory

GenericAlias = type(list[int])
UnionType = type(int | str)

EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)


def _probe_constructible(cls, *args, **kwargs):
    try:
        cls(*args, **kwargs)
    except TypeError:
        return False
    return True


if not _probe_constructible(SimpleNamespace, a=1):
    # Sharpy's native namespace type cannot be built from Python yet: provide one.
    class SimpleNamespace:
        """A simple attribute-based namespace."""
        __sharpy_tp_name__ = 'types.SimpleNamespace'   # CPython's C type name, shown in error messages

        def __init__(self, mapping_or_iterable=(), /, **kwargs):
            self.__dict__.update(dict(mapping_or_iterable, **kwargs))

        def __repr__(self):
            running = _NAMESPACE_REPRS
            if id(self) in running:
                return f"{'namespace' if type(self) is SimpleNamespace else type(self).__name__}(...)"
            running.add(id(self))
            try:
                items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
            finally:
                running.discard(id(self))
            name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
            return f"{name}({items})"

        def __eq__(self, other):
            if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
                return self.__dict__ == other.__dict__
            return NotImplemented

        __hash__ = None

        def __reduce__(self):
            return type(self), (), self.__dict__

    _NAMESPACE_REPRS = set()

if not _probe_constructible(MappingProxyType, {}):
    class MappingProxyType:
        """Read-only proxy of a mapping."""
        __slots__ = ('_mapping',)

        def __new__(cls, mapping):
            if not hasattr(mapping, 'keys') or not hasattr(mapping, '__getitem__') \
                    or isinstance(mapping, (list, tuple)):
                raise TypeError(f"mappingproxy() argument must be a mapping, not {type(mapping).__name__}")
            self = object.__new__(cls)
            object.__setattr__(self, '_mapping', mapping)
            return self

        def __getitem__(self, key):
            return self._mapping[key]

        def get(self, key, default=None):
            return self._mapping.get(key, default)

        def __contains__(self, key):
            return key in self._mapping

        def __iter__(self):
            return iter(self._mapping)

        def __len__(self):
            return len(self._mapping)

        def keys(self):
            return self._mapping.keys()

        def values(self):
            return self._mapping.values()

        def items(self):
            return self._mapping.items()

        def copy(self):
            return self._mapping.copy()

        def __repr__(self):
            return f"mappingproxy({self._mapping!r})"

        def __str__(self):
            return str(self._mapping)

        def __eq__(self, other):
            return self._mapping == other

        def __or__(self, other):
            return dict(self._mapping) | other

        def __setattr__(self, name, value):
            raise AttributeError(f"'mappingproxy' object has no attribute '{name}'")

        def __setitem__(self, key, value):
            raise TypeError("'mappingproxy' object does not support item assignment")

        def __delitem__(self, key):
            raise TypeError("'mappingproxy' object does not support item deletion")

    MappingProxyType.__name__ = MappingProxyType.__qualname__ = 'mappingproxy'

del _probe_constructible


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                        "(non-strict) subclass of the metaclasses of all its bases")
    return winner


def coroutine(func):
    """Convert regular generator function to a coroutine."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    code = getattr(func, '__code__', None)
    if func.__class__ is FunctionType and code.__class__ is CodeType:
        if code.co_flags & 0x180:  # already a coroutine (CO_COROUTINE | CO_ITERABLE_COROUTINE)
            return func
        if code.co_flags & 0x20:  # a generator function: its generators become awaitable
            func.__code__ = code.replace(co_flags=code.co_flags | 0x100)
            return func

    # Any other callable: its result is returned as is (CPython wraps plain generator-like objects so
    # they can be awaited; Sharpy returns them unchanged).
    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapped


class DynamicClassAttribute(property):
    """Route attribute access on a class to __getattr__ (used by enum)."""

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if getattr(self, '__isabstractmethod__', False):
                return self
            raise AttributeError()
        return super().__get__(instance, ownerclass)

    # Defined here, not inherited, as CPython's DynamicClassAttribute defines them (pydoc lists these
    # attributes as data descriptors, not read-only properties).
    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)


__all__ = [n for n in globals() if n[:1] != '_']
