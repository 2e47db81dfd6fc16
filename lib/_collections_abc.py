"""Abstract Base Classes for containers (Sharpy's own implementation; see collections.abc)."""

from abc import ABCMeta, abstractmethod
import sys

GenericAlias = type(list[int])

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized", "Container",
           "Callable", "Collection", "Set", "MutableSet", "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView", "Sequence", "MutableSequence",
           "ByteString"]

__name__ = "collections.abc"


def _arg_repr(arg):
    if isinstance(arg, type):
        if arg.__module__ == 'builtins':
            return arg.__qualname__
        return f'{arg.__module__}.{arg.__qualname__}'
    if arg is Ellipsis:
        return '...'
    return repr(arg)


class _AbcAlias:
    """Callable[...]'s alias (CPython: a subclass of types.GenericAlias, which Sharpy's native type does not allow)."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)

    def __repr__(self):
        return f"{_arg_repr(self.__origin__)}[{', '.join(_arg_repr(a) for a in self.__args__)}]"

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, _AbcAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")


class _CallableAbcAlias(_AbcAlias):
    """Callable[[A, B], R]: arguments are stored flat as (A, B, R), like CPython's."""

    def __repr__(self):
        *params, result = self.__args__
        params = ', '.join(_arg_repr(a) for a in params)
        return f"{_arg_repr(self.__origin__)}[[{params}], {_arg_repr(result)}]"


def _class_getitem(cls, item):
    return GenericAlias(cls, item)


def _callable_class_getitem(cls, item):
    if not (isinstance(item, tuple) and len(item) == 2):
        raise TypeError("Callable must be used as Callable[[arg, ...], result].")
    params, result = item
    if isinstance(params, list):
        return _CallableAbcAlias(cls, tuple(params) + (result,))
    if params is Ellipsis or type(params).__name__ in ('ParamSpec', '_ConcatenateAlias'):
        return _AbcAlias(cls, (params, result))
    raise TypeError(f"Expected a list of types, an ellipsis, ParamSpec, or Concatenate. Got {params!r}")


def _check_methods(C, *methods):
    mro = C.__mro__  # frozen-line: 79
    for method in methods:  # frozen-line: 80
        for B in mro:  # frozen-line: 81
            if method in B.__dict__:  # frozen-line: 82
                if B.__dict__[method] is None:  # frozen-line: 83
                    return NotImplemented  # frozen-line: 84
                break  # frozen-line: 85
        else:
            return NotImplemented  # frozen-line: 87
    return True  # frozen-line: 88


# Concrete types registered as virtual subclasses below.
bytes_iterator = type(iter(b''))
bytearray_iterator = type(iter(bytearray()))
dict_keyiterator = type(iter({}.keys()))
dict_valueiterator = type(iter({}.values()))
dict_itemiterator = type(iter({}.items()))
list_iterator = type(iter([]))
list_reverseiterator = type(iter(reversed([])))
range_iterator = type(iter(range(0)))
set_iterator = type(iter(set()))
str_iterator = type(iter(""))
tuple_iterator = type(iter(()))
zip_iterator = type(iter(zip()))
dict_keys = type({}.keys())
dict_values = type({}.values())
dict_items = type({}.items())
mappingproxy = type(type.__dict__)


def _gen():
    yield
generator = type(_gen())
del _gen


async def _coro():
    pass  # frozen-line: 64
_c = _coro()
coroutine = type(_c)
_c.close()
del _c, _coro


async def _ag():
    yield  # frozen-line: 70
async_generator = type(_ag())
del _ag


class Hashable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0  # frozen-line: 96

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hashable:  # frozen-line: 100
            return _check_methods(C, "__hash__")  # frozen-line: 101
        return NotImplemented  # frozen-line: 102


class Awaitable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield  # frozen-line: 111

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Awaitable:  # frozen-line: 115
            return _check_methods(C, "__await__")  # frozen-line: 116
        return NotImplemented  # frozen-line: 117

    __class_getitem__ = classmethod(_class_getitem)


class Coroutine(Awaitable):
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        raise StopIteration  # frozen-line: 131

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        if val is None:  # frozen-line: 138
            if tb is None:  # frozen-line: 139
                raise typ  # frozen-line: 140
            val = typ()  # frozen-line: 141
        if tb is not None:  # frozen-line: 142
            val = val.with_traceback(tb)  # frozen-line: 143
        raise val  # frozen-line: 144

    def close(self):
        try:
            self.throw(GeneratorExit)  # frozen-line: 150
        except (GeneratorExit, StopIteration):
            pass  # frozen-line: 152
        else:
            raise RuntimeError("coroutine ignored GeneratorExit")  # frozen-line: 154

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Coroutine:  # frozen-line: 158
            return _check_methods(C, '__await__', 'send', 'throw', 'close')  # frozen-line: 159
        return NotImplemented  # frozen-line: 160


Coroutine.register(coroutine)


class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()  # frozen-line: 172

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterable:  # frozen-line: 176
            return _check_methods(C, "__aiter__")  # frozen-line: 177
        return NotImplemented  # frozen-line: 178

    __class_getitem__ = classmethod(_class_getitem)


class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @abstractmethod
    async def __anext__(self):
        raise StopAsyncIteration  # frozen-line: 190

    def __aiter__(self):
        return self  # frozen-line: 193

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterator:  # frozen-line: 197
            return _check_methods(C, "__anext__", "__aiter__")  # frozen-line: 198
        return NotImplemented  # frozen-line: 199


class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    async def __anext__(self):
        return await self.asend(None)  # frozen-line: 210

    @abstractmethod
    async def asend(self, value):
        raise StopAsyncIteration  # frozen-line: 217

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        if val is None:  # frozen-line: 224
            if tb is None:  # frozen-line: 225
                raise typ  # frozen-line: 226
            val = typ()  # frozen-line: 227
        if tb is not None:  # frozen-line: 228
            val = val.with_traceback(tb)  # frozen-line: 229
        raise val  # frozen-line: 230

    async def aclose(self):
        try:
            await self.athrow(GeneratorExit)  # frozen-line: 236
        except (GeneratorExit, StopAsyncIteration):
            pass  # frozen-line: 238
        else:
            raise RuntimeError("asynchronous generator ignored GeneratorExit")  # frozen-line: 240

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncGenerator:  # frozen-line: 244
            return _check_methods(C, '__aiter__', '__anext__', 'asend', 'athrow', 'aclose')  # frozen-line: 245
        return NotImplemented  # frozen-line: 247


AsyncGenerator.register(async_generator)


class Iterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        while False:  # frozen-line: 259
            yield None  # frozen-line: 260

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterable:  # frozen-line: 264
            return _check_methods(C, "__iter__")  # frozen-line: 265
        return NotImplemented  # frozen-line: 266

    __class_getitem__ = classmethod(_class_getitem)


class Iterator(Iterable):
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        'Return the next item from the iterator. When exhausted, raise StopIteration'
        raise StopIteration  # frozen-line: 278

    def __iter__(self):
        return self  # frozen-line: 281

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterator:  # frozen-line: 285
            return _check_methods(C, '__iter__', '__next__')  # frozen-line: 286
        return NotImplemented  # frozen-line: 287


for _t in (bytes_iterator, bytearray_iterator, dict_keyiterator, dict_valueiterator,
           dict_itemiterator, list_iterator, list_reverseiterator, range_iterator,
           set_iterator, str_iterator, tuple_iterator, zip_iterator):
    Iterator.register(_t)


class Reversible(Iterable):
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        while False:  # frozen-line: 312
            yield None  # frozen-line: 313

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Reversible:  # frozen-line: 317
            return _check_methods(C, "__reversed__", "__iter__")  # frozen-line: 318
        return NotImplemented  # frozen-line: 319


class Generator(Iterator):
    __slots__ = ()

    def __next__(self):
        return self.send(None)  # frozen-line: 330

    @abstractmethod
    def send(self, value):
        raise StopIteration  # frozen-line: 337

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        if val is None:  # frozen-line: 344
            if tb is None:  # frozen-line: 345
                raise typ  # frozen-line: 346
            val = typ()  # frozen-line: 347
        if tb is not None:  # frozen-line: 348
            val = val.with_traceback(tb)  # frozen-line: 349
        raise val  # frozen-line: 350

    def close(self):
        try:
            self.throw(GeneratorExit)  # frozen-line: 356
        except (GeneratorExit, StopIteration):
            pass  # frozen-line: 358
        else:
            raise RuntimeError("generator ignored GeneratorExit")  # frozen-line: 360

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Generator:  # frozen-line: 364
            return _check_methods(C, '__iter__', '__next__', 'send', 'throw', 'close')  # frozen-line: 365
        return NotImplemented  # frozen-line: 367


Generator.register(generator)


class Sized(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0  # frozen-line: 379

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:  # frozen-line: 383
            return _check_methods(C, "__len__")  # frozen-line: 384
        return NotImplemented  # frozen-line: 385


class Container(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False  # frozen-line: 394

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Container:  # frozen-line: 398
            return _check_methods(C, "__contains__")  # frozen-line: 399
        return NotImplemented  # frozen-line: 400

    __class_getitem__ = classmethod(_class_getitem)


class Collection(Sized, Iterable, Container):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Collection:  # frozen-line: 411
            return _check_methods(C, "__len__", "__iter__", "__contains__")  # frozen-line: 412
        return NotImplemented  # frozen-line: 413


class Callable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False  # frozen-line: 514

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Callable:  # frozen-line: 518
            return _check_methods(C, "__call__")  # frozen-line: 519
        return NotImplemented  # frozen-line: 520

    __class_getitem__ = classmethod(_callable_class_getitem)


class Set(Collection):
    """A set is a finite, iterable container with rich comparisons and set operations."""
    __slots__ = ()

    def __le__(self, other):
        if not isinstance(other, Set):  # frozen-line: 542
            return NotImplemented  # frozen-line: 543
        if len(self) > len(other):  # frozen-line: 544
            return False
        return all(elem in other for elem in self)

    def __lt__(self, other):
        if not isinstance(other, Set):  # frozen-line: 552
            return NotImplemented  # frozen-line: 553
        return len(self) < len(other) and self.__le__(other)  # frozen-line: 554

    def __gt__(self, other):
        if not isinstance(other, Set):  # frozen-line: 557
            return NotImplemented  # frozen-line: 558
        return len(self) > len(other) and self.__ge__(other)  # frozen-line: 559

    def __ge__(self, other):
        if not isinstance(other, Set):  # frozen-line: 562
            return NotImplemented  # frozen-line: 563
        if len(self) < len(other):  # frozen-line: 564
            return False
        return all(elem in self for elem in other)

    def __eq__(self, other):
        if not isinstance(other, Set):  # frozen-line: 572
            return NotImplemented  # frozen-line: 573
        return len(self) == len(other) and self.__le__(other)  # frozen-line: 574

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)  # frozen-line: 583

    def __and__(self, other):
        if not isinstance(other, Iterable):  # frozen-line: 586
            return NotImplemented  # frozen-line: 587
        return self._from_iterable(value for value in other if value in self)  # frozen-line: 588

    __rand__ = __and__

    def isdisjoint(self, other):
        return not any(value in self for value in other)

    def __or__(self, other):
        if not isinstance(other, Iterable):  # frozen-line: 600
            return NotImplemented  # frozen-line: 601
        return self._from_iterable(e for s in (self, other) for e in s)

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):  # frozen-line: 608
            if not isinstance(other, Iterable):  # frozen-line: 609
                return NotImplemented  # frozen-line: 610
            other = self._from_iterable(other)  # frozen-line: 611
        return self._from_iterable(value for value in self if value not in other)  # frozen-line: 612

    def __rsub__(self, other):
        if not isinstance(other, Set):  # frozen-line: 616
            if not isinstance(other, Iterable):  # frozen-line: 617
                return NotImplemented  # frozen-line: 618
            other = self._from_iterable(other)  # frozen-line: 619
        return self._from_iterable(value for value in other if value not in self)  # frozen-line: 620

    def __xor__(self, other):
        if not isinstance(other, Set):  # frozen-line: 624
            if not isinstance(other, Iterable):  # frozen-line: 625
                return NotImplemented  # frozen-line: 626
            other = self._from_iterable(other)  # frozen-line: 627
        return (self - other) | (other - self)  # frozen-line: 628

    __rxor__ = __xor__

    def _hash(self):
        # Order-independent hash built from the element hashes.
        MAX = sys.maxsize  # frozen-line: 647
        MASK = 2 * MAX + 1  # frozen-line: 648
        h = 1927868237 * (len(self) + 1)
        h &= MASK  # frozen-line: 651
        for x in self:  # frozen-line: 652
            hx = hash(x)  # frozen-line: 653
            h ^= (hx ^ (hx << 16) ^ 89869747) * 3644798167  # frozen-line: 654
            h &= MASK  # frozen-line: 655
        h ^= (h >> 11) ^ (h >> 25)  # frozen-line: 656
        h = h * 69069 + 907133923  # frozen-line: 657
        h &= MASK  # frozen-line: 658
        if h > MAX:  # frozen-line: 659
            h -= MASK + 1  # frozen-line: 660
        if h == -1:  # frozen-line: 661
            h = 590923713  # frozen-line: 662
        return h  # frozen-line: 663


Set.register(frozenset)


class MutableSet(Set):
    """A mutable set is a finite, iterable container with add/discard and in-place operators."""
    __slots__ = ()

    @abstractmethod
    def add(self, value):
        raise NotImplementedError  # frozen-line: 686

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError  # frozen-line: 691

    def remove(self, value):
        if value not in self:  # frozen-line: 695
            raise KeyError(value)  # frozen-line: 696
        self.discard(value)  # frozen-line: 697

    def pop(self):
        it = iter(self)  # frozen-line: 701
        try:
            value = next(it)  # frozen-line: 703
        except StopIteration:
            raise KeyError from None  # frozen-line: 705
        self.discard(value)  # frozen-line: 706
        return value  # frozen-line: 707

    def clear(self):
        try:
            while True:  # frozen-line: 712
                self.pop()  # frozen-line: 713
        except KeyError:
            pass  # frozen-line: 715

    def __ior__(self, it):
        for value in it:  # frozen-line: 718
            self.add(value)  # frozen-line: 719
        return self  # frozen-line: 720

    def __iand__(self, it):
        for value in (self - it):  # frozen-line: 723
            self.discard(value)  # frozen-line: 724
        return self  # frozen-line: 725

    def __ixor__(self, it):
        if it is self:  # frozen-line: 728
            self.clear()  # frozen-line: 729
        else:
            if not isinstance(it, Set):  # frozen-line: 731
                it = self._from_iterable(it)  # frozen-line: 732
            for value in it:  # frozen-line: 733
                if value in self:  # frozen-line: 734
                    self.discard(value)  # frozen-line: 735
                else:
                    self.add(value)  # frozen-line: 737
        return self  # frozen-line: 738

    def __isub__(self, it):
        if it is self:  # frozen-line: 741
            self.clear()  # frozen-line: 742
        else:
            for value in it:  # frozen-line: 744
                self.discard(value)  # frozen-line: 745
        return self  # frozen-line: 746


MutableSet.register(set)


class Mapping(Collection):
    """A Mapping is a generic container for associating key/value pairs."""
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError  # frozen-line: 769

    def get(self, key, default=None):
        try:
            return self[key]  # frozen-line: 774
        except KeyError:
            return default  # frozen-line: 776

    def __contains__(self, key):
        try:
            self[key]  # frozen-line: 780
        except KeyError:
            return False  # frozen-line: 782
        return True  # frozen-line: 784

    def keys(self):
        return KeysView(self)  # frozen-line: 788

    def items(self):
        return ItemsView(self)  # frozen-line: 792

    def values(self):
        return ValuesView(self)  # frozen-line: 796

    def __eq__(self, other):
        if not isinstance(other, Mapping):  # frozen-line: 799
            return NotImplemented  # frozen-line: 800
        return dict(self.items()) == dict(other.items())  # frozen-line: 801

    __reversed__ = None


Mapping.register(mappingproxy)


class MappingView(Sized):
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping  # frozen-line: 813

    def __len__(self):
        return len(self._mapping)  # frozen-line: 816

    def __repr__(self):
        return '{0.__class__.__name__}({0._mapping!r})'.format(self)  # frozen-line: 819

    __class_getitem__ = classmethod(_class_getitem)


class KeysView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)  # frozen-line: 830

    def __contains__(self, key):
        return key in self._mapping  # frozen-line: 833

    def __iter__(self):
        yield from self._mapping  # frozen-line: 836


KeysView.register(dict_keys)


class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)  # frozen-line: 848

    def __contains__(self, item):
        key, value = item  # frozen-line: 851
        try:
            v = self._mapping[key]  # frozen-line: 853
        except KeyError:
            return False  # frozen-line: 855
        return v is value or v == value  # frozen-line: 857

    def __iter__(self):
        for key in self._mapping:  # frozen-line: 860
            yield (key, self._mapping[key])  # frozen-line: 861


ItemsView.register(dict_items)


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        for key in self._mapping:  # frozen-line: 872
            v = self._mapping[key]  # frozen-line: 873
            if v is value or v == value:  # frozen-line: 874
                return True  # frozen-line: 875
        return False  # frozen-line: 876

    def __iter__(self):
        for key in self._mapping:  # frozen-line: 879
            yield self._mapping[key]  # frozen-line: 880


ValuesView.register(dict_values)


class MutableMapping(Mapping):
    """A MutableMapping is a generic container for associating key/value pairs."""
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError  # frozen-line: 899

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError  # frozen-line: 903

    __marker = object()

    def pop(self, key, default=__marker):
        try:
            value = self[key]  # frozen-line: 912
        except KeyError:
            if default is self.__marker:  # frozen-line: 914
                raise  # frozen-line: 915
            return default  # frozen-line: 916
        else:
            del self[key]  # frozen-line: 918
            return value  # frozen-line: 919

    def popitem(self):
        try:
            key = next(iter(self))  # frozen-line: 926
        except StopIteration:
            raise KeyError from None  # frozen-line: 928
        value = self[key]  # frozen-line: 929
        del self[key]  # frozen-line: 930
        return key, value  # frozen-line: 931

    def clear(self):
        try:
            while True:  # frozen-line: 936
                self.popitem()  # frozen-line: 937
        except KeyError:
            pass  # frozen-line: 939

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping):  # frozen-line: 947
            for key in other:  # frozen-line: 948
                self[key] = other[key]  # frozen-line: 949
        elif hasattr(other, "keys"):  # frozen-line: 950
            for key in other.keys():  # frozen-line: 951
                self[key] = other[key]  # frozen-line: 952
        else:
            for key, value in other:  # frozen-line: 954
                self[key] = value  # frozen-line: 955
        for key, value in kwds.items():  # frozen-line: 956
            self[key] = value  # frozen-line: 957

    def setdefault(self, key, default=None):
        try:
            return self[key]  # frozen-line: 962
        except KeyError:
            self[key] = default  # frozen-line: 964
        return default  # frozen-line: 965


MutableMapping.register(dict)


class Sequence(Reversible, Collection):
    """All the operations on a read-only sequence."""
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError  # frozen-line: 987

    def __iter__(self):
        i = 0  # frozen-line: 990
        try:
            while True:  # frozen-line: 992
                v = self[i]  # frozen-line: 993
                yield v  # frozen-line: 994
                i += 1  # frozen-line: 995
        except IndexError:
            return  # frozen-line: 997

    def __contains__(self, value):
        for v in self:  # frozen-line: 1000
            if v is value or v == value:  # frozen-line: 1001
                return True  # frozen-line: 1002
        return False  # frozen-line: 1003

    def __reversed__(self):
        for i in reversed(range(len(self))):  # frozen-line: 1006
            yield self[i]  # frozen-line: 1007

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:  # frozen-line: 1016
            start = max(len(self) + start, 0)  # frozen-line: 1017
        if stop is not None and stop < 0:  # frozen-line: 1018
            stop += len(self)  # frozen-line: 1019
        i = start  # frozen-line: 1021
        while stop is None or i < stop:  # frozen-line: 1022
            try:
                v = self[i]  # frozen-line: 1024
            except IndexError:
                break  # frozen-line: 1026
            if v is value or v == value:  # frozen-line: 1027
                return i  # frozen-line: 1028
            i += 1  # frozen-line: 1029
        raise ValueError  # frozen-line: 1030

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)  # frozen-line: 1034


Sequence.register(tuple)
Sequence.register(str)
Sequence.register(range)
try:
    Sequence.register(memoryview)
except NameError:       # Sharpy has no memoryview yet
    pass


class ByteString(Sequence):
    """This unifies bytes and bytearray."""
    __slots__ = ()


ByteString.register(bytes)
ByteString.register(bytearray)


class MutableSequence(Sequence):
    """All the operations on a read-write sequence."""
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError  # frozen-line: 1065

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError  # frozen-line: 1069

    @abstractmethod
    def insert(self, index, value):
        raise IndexError  # frozen-line: 1074

    def append(self, value):
        self.insert(len(self), value)  # frozen-line: 1078

    def clear(self):
        try:
            while True:  # frozen-line: 1083
                self.pop()  # frozen-line: 1084
        except IndexError:
            pass  # frozen-line: 1086

    def reverse(self):
        n = len(self)  # frozen-line: 1090
        for i in range(n // 2):  # frozen-line: 1091
            self[i], self[n - i - 1] = self[n - i - 1], self[i]  # frozen-line: 1092

    def extend(self, values):
        if values is self:  # frozen-line: 1096
            values = list(values)  # frozen-line: 1097
        for v in values:  # frozen-line: 1098
            self.append(v)  # frozen-line: 1099

    def pop(self, index=-1):
        v = self[index]  # frozen-line: 1105
        del self[index]  # frozen-line: 1106
        return v  # frozen-line: 1107

    def remove(self, value):
        del self[self.index(value)]  # frozen-line: 1113

    def __iadd__(self, values):
        self.extend(values)  # frozen-line: 1116
        return self  # frozen-line: 1117


MutableSequence.register(list)
MutableSequence.register(bytearray)

# os.environ's class (os registers it itself when this module came first).
if 'os' in sys.modules and hasattr(sys.modules['os'], '_Environ'):
    MutableMapping.register(sys.modules['os']._Environ)

del _t
