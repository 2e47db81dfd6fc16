"""Operator interface: standard operators as functions (Sharpy's own implementation)."""

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
           'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
           'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
           'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift',
           'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
           'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod',
           'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift',
           'setitem', 'sub', 'truediv', 'truth', 'xor']

import builtins as _builtins


# CPython's operator functions are C functions that check their own arguments. When a call does
# not bind, Sharpy's call machinery asks the function's __bind_error__(npos, kwnames) for the
# message (Eval.MakeFrame), so these keep plain, fast signatures and still report CPython's words.

def _no_keywords(qualified):
    return f"{qualified}() takes no keyword arguments"


def _exactly_one(name):
    def bind_error(npos, kwnames):
        if kwnames:
            return _no_keywords(f'_operator.{name}')
        return f"_operator.{name}() takes exactly one argument ({npos} given)"
    return bind_error


def _exactly(name, expected):
    def bind_error(npos, kwnames):
        if kwnames:
            return _no_keywords(f'_operator.{name}')
        return f"{name} expected {expected} arguments, got {npos}"
    return bind_error


def _one_operand(name):
    # Calling an itemgetter/attrgetter/methodcaller object (npos counts self).
    def bind_error(npos, kwnames):
        if kwnames:
            return _no_keywords(name)
        return f"{name} expected 1 argument, got {npos - 1}"
    return bind_error


def _at_least_one(name):
    # Constructing an itemgetter/attrgetter (npos counts self).
    def bind_error(npos, kwnames):
        if kwnames:
            return _no_keywords(name)
        return f"{name} expected 1 argument, got 0"
    return bind_error


def lt(a, b, /): return a < b
def le(a, b, /): return a <= b
def eq(a, b, /): return a == b
def ne(a, b, /): return a != b
def ge(a, b, /): return a >= b
def gt(a, b, /): return a > b
def not_(a, /): return not a
def truth(a, /): return True if a else False
def is_(a, b, /): return a is b
def is_not(a, b, /): return a is not b
def abs(a, /): return _builtins.abs(a)
def add(a, b, /): return a + b
def and_(a, b, /): return a & b
def floordiv(a, b, /): return a // b
def index(a, /):
    method = getattr(type(a), '__index__', None)
    if method is None:
        raise TypeError(f"'{type(a).__name__}' object cannot be interpreted as an integer")
    return method(a)
def inv(a, /): return ~a
def invert(a, /): return ~a
def lshift(a, b, /): return a << b
def mod(a, b, /): return a % b
def mul(a, b, /): return a * b
def matmul(a, b, /): return a @ b
def neg(a, /): return -a
def or_(a, b, /): return a | b
def pos(a, /): return +a
def pow(a, b, /): return a ** b
def rshift(a, b, /): return a >> b
def sub(a, b, /): return a - b
def truediv(a, b, /): return a / b
def xor(a, b, /): return a ^ b


def concat(a, b, /):
    if not hasattr(a, '__getitem__'):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    return a + b


def contains(a, b, /): return b in a


def _iterate(a):
    try:
        return iter(a)
    except TypeError:
        raise TypeError(f"argument of type '{type(a).__name__}' is not iterable") from None


def countOf(a, b, /):
    return sum(1 for item in _iterate(a) if item is b or item == b)


def delitem(a, b, /): del a[b]
def getitem(a, b, /): return a[b]


def indexOf(a, b, /):
    for i, item in enumerate(_iterate(a)):
        if item is b or item == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')


def setitem(a, b, c, /): a[b] = c


def length_hint(obj, default=0, /):
    if not isinstance(default, int):
        raise TypeError(f"'{type(default).__name__}' object cannot be interpreted as an integer")
    try:
        return len(obj)
    except TypeError:
        pass
    hint = getattr(type(obj), '__length_hint__', None)
    if hint is None:
        return default
    try:
        value = hint(obj)
    except TypeError:
        return default
    if value is NotImplemented:
        return default
    if not isinstance(value, int):
        raise TypeError(f"__length_hint__ must be integer, not {type(value).__name__}")
    if value < 0:
        raise ValueError("__length_hint__() should return >= 0")
    return value


def call(obj, /, *args, **kwargs):
    return obj(*args, **kwargs)


def _length_hint_error(npos, kwnames):
    if kwnames:
        return _no_keywords('_operator.length_hint')
    if npos == 0:
        return "length_hint expected at least 1 argument, got 0"
    return f"length_hint expected at most 2 arguments, got {npos}"


length_hint.__bind_error__ = _length_hint_error
call.__bind_error__ = lambda npos, kwnames: "call expected at least 1 argument, got 0"


def iadd(a, b, /):
    a += b
    return a


def iand(a, b, /):
    a &= b
    return a


def iconcat(a, b, /):
    if not hasattr(a, '__getitem__'):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    a += b
    return a


def ifloordiv(a, b, /):
    a //= b
    return a


def ilshift(a, b, /):
    a <<= b
    return a


def imod(a, b, /):
    a %= b
    return a


def imul(a, b, /):
    a *= b
    return a


def imatmul(a, b, /):
    a @= b
    return a


def ior(a, b, /):
    a |= b
    return a


def ipow(a, b, /):
    a **= b
    return a


def irshift(a, b, /):
    a >>= b
    return a


def isub(a, b, /):
    a -= b
    return a


def itruediv(a, b, /):
    a /= b
    return a


def ixor(a, b, /):
    a ^= b
    return a


class attrgetter:
    """Return a callable object that fetches the given attribute(s) from its operand."""
    __slots__ = ('_attrs', '_call')

    def __init__(self, attr, /, *attrs):
        names = (attr,) + attrs
        for name in names:
            if not isinstance(name, str):
                raise TypeError('attribute name must be a string')
        self._attrs = names
        getters = [self._dotted(name) for name in names]
        if len(getters) == 1:
            self._call = getters[0]
        else:
            self._call = lambda obj: tuple(g(obj) for g in getters)

    @staticmethod
    def _dotted(name):
        parts = name.split('.')

        def getter(obj):
            for part in parts:
                obj = getattr(obj, part)
            return obj
        return getter

    def __call__(self, obj, /):
        return self._call(obj)

    def __repr__(self):
        return f"{type(self).__module__}.{type(self).__qualname__}({', '.join(map(repr, self._attrs))})"

    def __reduce__(self):
        return type(self), self._attrs

    __call__.__bind_error__ = _one_operand('attrgetter')
    __init__.__bind_error__ = _at_least_one('attrgetter')


class itemgetter:
    """Return a callable object that fetches the given item(s) from its operand."""
    __slots__ = ('_items', '_call')

    def __init__(self, item, /, *items):
        self._items = (item,) + items
        self._call = None

    def __call__(self, obj, /):
        # Indexes directly: itemgetter is a common sort key, and a nested call per item doubled its cost.
        items = self._items
        if len(items) == 1:
            return obj[items[0]]
        return tuple([obj[k] for k in items])

    def __repr__(self):
        return f"{type(self).__module__}.{type(self).__qualname__}({', '.join(map(repr, self._items))})"

    def __reduce__(self):
        return type(self), self._items

    __call__.__bind_error__ = _one_operand('itemgetter')
    __init__.__bind_error__ = _at_least_one('itemgetter')


class methodcaller:
    """Return a callable object that calls the given method on its operand."""
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(self, name, /, *args, **kwargs):
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args
        self._kwargs = kwargs

    def __call__(self, obj, /):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        args = [repr(self._name)]
        args.extend(map(repr, self._args))
        args.extend(f'{k}={v!r}' for k, v in self._kwargs.items())
        return f"{type(self).__module__}.{type(self).__qualname__}({', '.join(args)})"

    __call__.__bind_error__ = _one_operand('methodcaller')
    __init__.__bind_error__ = (
        lambda npos, kwnames: "methodcaller needs at least one argument, the method name")


# Argument errors worded like CPython's C functions.
for _fn in (not_, truth, abs, index, inv, neg, pos, invert):
    _fn.__bind_error__ = _exactly_one(_fn.__name__)
for _fn in (lt, le, eq, ne, ge, gt, is_, is_not, add, and_, floordiv, lshift, mod, mul, matmul,
            or_, pow, rshift, sub, truediv, xor, concat, contains, countOf, delitem, getitem,
            indexOf, iadd, iand, iconcat, ifloordiv, ilshift, imod, imul, imatmul, ior, ipow,
            irshift, isub, itruediv, ixor):
    _fn.__bind_error__ = _exactly(_fn.__name__, 2)
setitem.__bind_error__ = _exactly('setitem', 3)
del _fn


# Dunder aliases, as CPython provides them.
__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__call__ = call
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__imatmul__ = imatmul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor


# CPython runs this module as C code (Modules/_operator.c): its frames add no traceback entries
# (Interpreter/NativeStandIns.cs).
import _sharpy_traceback  # noqa: E402
_sharpy_traceback.native_stand_in(globals())
del _sharpy_traceback
