"""Support for enumerations (Sharpy's own, compact implementation of the 3.11 behaviour).

Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, EnumType/EnumMeta; members with
custom __init__/__new__, aliases, _missing_, _generate_next_value_, and 3.11's str/repr/format.
Flag boundaries: STRICT (Flag's default) rejects values with bits outside the flags, CONFORM drops them,
EJECT and KEEP (IntFlag's default) keep them. verify() with UNIQUE/CONTINUOUS/NAMED_FLAGS, global_enum.
Not covered: pickling by name.
"""

import builtins as _builtins
import sys
import types

__all__ = ['FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
           'EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
           'auto', 'unique', 'property', 'member', 'nonmember',
           'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE', 'verify', 'global_enum', 'show_flag_values']

_MISSING = object()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_MISSING):
        self.value = value

    def __repr__(self):
        return f"auto({self.value!r})" if self.value is not _MISSING else 'auto(...)'


class member:
    """Forces an item to become an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Protects an item from becoming an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class property(types.DynamicClassAttribute):
    """An Enum member attribute (name, value) that members may not rebind."""

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("<enum %r> cannot set attribute %r" % (self.clsname, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r" % (self.clsname, self.name))
        self.fdel(instance)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    prefix = f'_{cls_name.lstrip("_")}__'
    return name.startswith(prefix) and not name.endswith('__')


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


class _EnumDict(dict):
    """Class namespace that records member names in definition order and resolves auto()."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._generate_next_value = None
        self._cls_name = None

    def __setitem__(self, key, value):
        if _is_private(self._cls_name or '', key):
            pass
        elif _is_sunder(key):
            if key == '_generate_next_value_':
                self._generate_next_value = value
            elif key not in ('_order_', '_missing_', '_ignore_', '_numeric_repr_', '_iter_member_',
                             '_value_', '_name_', '_iter_member_by_value_', '_iter_member_by_def_',
                             '_add_alias_', '_add_value_alias_'):
                raise ValueError(f'_sunder_ names, such as {key!r}, are reserved for future Enum use')
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError(f'{key!r} already defined as {self[key]!r}')
        elif isinstance(value, nonmember):
            value = value.value
        elif key in self and not isinstance(value, member) and not _is_descriptor(value):
            raise TypeError(f'{key!r} already defined as {self[key]!r}')
        elif isinstance(value, member) or not _is_descriptor(value):
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                if value.value is _MISSING:
                    gen = self._generate_next_value or Enum._generate_next_value_
                    if isinstance(gen, staticmethod):
                        gen = gen.__func__
                    value.value = gen(key, 1, len(self._member_names), self._last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(v.value if isinstance(v, auto) and v.value is not _MISSING else v
                              for v in value)
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)


class EnumType(type):
    """Metaclass for Enum"""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        for base in reversed(bases):
            gen = getattr(base, '_generate_next_value_', None)
            if gen is not None and isinstance(base, EnumType):
                enum_dict._generate_next_value = gen
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError(f"<enum {cls!r}> cannot extend {base!r}")
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_names = list(classdict._member_names) if isinstance(classdict, _EnumDict) else []
        member_values = {name: classdict[name] for name in member_names}
        namespace = {k: v for k, v in classdict.items() if k not in member_values}
        namespace.pop('_order_', None)
        member_type, first_enum = metacls._find_data_type(cls, bases)
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)
        if boundary is not None:
            enum_class._boundary_ = boundary
        # A __new__ written in the class body (or inherited from an enum base) builds the
        # members; calling the class afterwards looks members up (Enum.__new__).
        member_new = namespace.get('__new__')
        if member_new is None:
            for base in enum_class.__mro__[1:]:
                if isinstance(base, EnumType) and base.__dict__.get('_new_member_') is not None:
                    member_new = base.__dict__['_new_member_']
                    break
        if Enum is None:            # creating Enum itself: its __new__ is the lookup
            member_new = None
        for attr, value in (('_member_names_', []), ('_member_map_', {}), ('_value2member_map_', {}),
                            ('_member_type_', member_type), ('_new_member_', member_new)):
            type.__setattr__(enum_class, attr, value)
        if Enum is not None:
            type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])
        # A mixed-in data type (int, str) comes before Enum in the MRO: keep the enum's repr & co.
        if first_enum is not None:
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name in namespace:
                    continue
                found = getattr(enum_class, name)
                if found in (getattr(member_type, name, None), getattr(object, name, None)):
                    type.__setattr__(enum_class, name, getattr(first_enum, name))
        for name in member_names:
            enum_class._add_member_(name, member_values[name])
        return enum_class

    def _add_member_(cls, name, value):
        args = value if isinstance(value, tuple) else (value,)
        member_type = cls._member_type_
        new = cls._new_member_
        if isinstance(new, staticmethod):
            new = new.__func__
        if new is not None:
            enum_member = new(cls, *args)
        elif member_type is object:
            enum_member = object.__new__(cls)
        elif member_type is tuple:
            enum_member = tuple.__new__(cls, args)
        else:
            enum_member = member_type.__new__(cls, *args)
        if '_value_' not in getattr(enum_member, '__dict__', {}) and not hasattr(enum_member, '_value_'):
            if member_type is object:
                enum_member._value_ = value
            else:
                try:
                    enum_member._value_ = member_type(*args)
                except Exception:
                    enum_member._value_ = value
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = cls
        enum_member.__init__(*args)
        enum_member._sort_order_ = len(cls._member_names_)
        # Aliases: a value seen before gives the existing member.
        for existing in cls._member_map_.values():
            if existing._value_ == value:
                cls._member_map_[name] = existing
                enum_member = existing
                break
        else:
            # A Flag lists only its single-bit members as canonical (iteration, len, dir); multi-bit
            # and zero members are reachable by name and value only, as in CPython 3.11.
            if not (Flag is not None and issubclass(cls, Flag) and isinstance(value, int)
                    and not _power_of_two(value)):
                cls._member_names_.append(name)
            cls._member_map_[name] = enum_member
        try:
            cls._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            pass
        type.__setattr__(cls, name, enum_member)

    @staticmethod
    def _find_data_type(class_name, bases):
        member_type = object
        first_enum = None
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if first_enum is None:
                        first_enum = base
                    if base._member_type_ is not object:
                        member_type = base._member_type_
                        break
                    continue
                if '__new__' in base.__dict__ or base.__module__ == 'builtins':
                    member_type = base
                    break
            if member_type is not object:
                break
        if first_enum is None and bases:
            first_enum = bases[-1] if isinstance(bases[-1], EnumType) else None
        return member_type, first_enum

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        classdict = cls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last_values = []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if isinstance(names, dict):
            names = names.items()
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        metacls = builtins_type(cls)
        return metacls.__new__(metacls, class_name, bases, classdict)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        raise TypeError(f"unsupported operand type(s) for 'in': '{builtins_type(value).__qualname__}' "
                        f"and '{builtins_type(cls).__qualname__}'")

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f"{cls.__name__!r} cannot delete member {attr!r}.")
        super().__delattr__(attr)

    def __dir__(cls):
        # CPython shows the members and the enum protocol, plus whatever a mixed-in data type has.
        names = {'__class__', '__contains__', '__doc__', '__getitem__', '__iter__', '__len__',
                 '__members__', '__module__', '__name__', '__qualname__', *cls._member_names_}
        if cls._new_member_ is not None:
            names.add('__new__')
        # CPython compares a fresh bound method with 'is not', which always holds.
        names.add('__init_subclass__')
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    def __getattr__(cls, name):
        # Only reached for a missing name: CPython reports it as plain AttributeError(name).
        if not (name[:2] == name[-2:] == '__' and len(name) > 4):
            try:
                return type.__getattribute__(cls, '_member_map_')[name]
            except (AttributeError, KeyError):
                pass
        raise AttributeError(name)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @_builtins.property
    def __members__(cls):
        return types.MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return f"<flag {cls.__name__!r}>"
        return f"<enum {cls.__name__!r}>"

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)


EnumMeta = EnumType
builtins_type = type


Enum = None
Flag = None


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if builtins_type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        try:
            result = cls._missing_(value)
        except Exception as e:
            # CPython: a ValueError from _missing_ propagates as it is; another error gets the
            # "is not a valid" ValueError as its context.
            if not isinstance(e, ValueError):
                e.__context__ = ValueError(f"{value!r} is not a valid {cls.__qualname__}")
            raise
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        raise TypeError(f"error in {cls.__name__}._missing_: returned {result!r} instead of None "
                        f"or a valid member")

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for value in reversed(last_values):
            try:
                return value + 1
            except TypeError:
                continue
        raise TypeError(f'unable to sort non-numeric values') from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return f"<{self.__class__.__name__}.{self._name_}: {v_repr(self._value_)}>"

    def __str__(self):
        return f"{self.__class__.__name__}.{self._name_}"

    def __dir__(self):
        # CPython lists a member's public attributes from the whole MRO (methods, properties, the
        # mixed-in type's), never the other members; a data-type mixin adds everything object.__dir__ sees.
        cls = self.__class__
        if cls._member_type_ is object:
            names = {'__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value'}
        else:
            names = set(object.__dir__(self))
        members = cls._member_map_
        names.update(n for n in getattr(self, '__dict__', {}) if not n.startswith('_') and n not in members)
        for klass in cls.__mro__:
            names.update(n for n in klass.__dict__ if not n.startswith('_') and n not in members)
        return sorted(names | {'__class__', '__doc__', '__eq__', '__hash__', '__module__'})

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


Enum._value_repr_ = None


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        # int.__format__ itself falls back to str(self) for an empty spec, as CPython's does.
        return int.__format__(self, format_spec)


IntEnum._value_repr_ = None


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError(f'too many arguments for str(): {values!r}')
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(f'{values[0]!r} is not a string')
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        # str.__format__ uses str(self) only for an empty spec; otherwise the value itself.
        return str.__format__(self, format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    """What a Flag does with a value that has bits no flag defines."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def _power_of_two(value):
    return value > 0 and value & (value - 1) == 0


class Flag(Enum):
    """Support for flags"""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        return 2 ** last.bit_length()

    @classmethod
    def _all_bits(cls):
        bits = 0
        for member in cls._member_map_.values():
            bits |= member._value_
        return bits

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        flag_mask = 0
        for member in cls._member_map_.values():
            if _power_of_two(member._value_):
                flag_mask |= member._value_
        all_bits = 2 ** flag_mask.bit_length() - 1
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            boundary = getattr(cls, '_boundary_', None)
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError(f"{cls!r} invalid value {value!r}\n    given {_bin(value, width)}"
                                 f"\n  allowed {_bin(flag_mask, width)}")
            if boundary is CONFORM:
                value &= flag_mask
        if value < 0:
            value = cls._all_bits() + 1 + value if value >= -(cls._all_bits() + 1) else value
        pseudo = (object.__new__(cls) if cls._member_type_ is object
                  else cls._member_type_.__new__(cls, value))
        pseudo._value_ = value
        names = [m._name_ for m in cls._iter_member_(value)]
        unknown = value & ~sum(m._value_ for m in cls._iter_member_(value))
        if names or not unknown and value:
            pseudo._name_ = '|'.join(names)
        else:
            pseudo._name_ = None
        if unknown and names:
            pseudo._name_ += f'|{unknown}'
        elif unknown:
            pseudo._name_ = None
        pseudo._unknown_ = unknown
        cls._value2member_map_[value] = pseudo
        return pseudo

    @classmethod
    def _iter_member_(cls, value):
        for name in cls._member_names_:
            member = cls._member_map_[name]
            if member._value_ and member._value_ & value == member._value_ and _power_of_two(member._value_):
                yield member

    def __iter__(self):
        return iter(list(self.__class__._iter_member_(self._value_)))

    def __len__(self):
        return bin(self._value_).count('1')

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(f"unsupported operand type(s) for 'in': '{type(other).__qualname__}' "
                            f"and '{self.__class__.__qualname__}'")
        return other._value_ & self._value_ == other._value_

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return f"<{cls_name}: {self._value_!r}>"
        return f"<{cls_name}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return f'{cls_name}({self._value_!r})'
        return f'{cls_name}.{self._name_}'

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        return self.__class__(self.__class__._all_bits() & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


def _bin(num, width):
    """bin() with the sign bit apart and padded to width digits, as enum's error messages show it:
    '0b0 1000' for 8, '0b1 0111' for -9."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        text = bin(num + ceiling).replace('1', '0', 1)
    else:
        text = bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = text[:3], text[3:]
    if len(digits) < width:
        digits = (sign[-1] * width + digits)[-width:]
    return f"{sign} {digits}"


class IntFlag(int, ReprEnum, Flag):
    """Support for integer-based Flags"""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        # int.__format__ itself falls back to str(self) for an empty spec, as CPython's does.
        return int.__format__(self, format_spec)

    # int comes before Flag in the MRO: take Flag's operators explicitly.
    __repr__ = Flag.__repr__
    __or__ = __ror__ = Flag.__or__
    __and__ = __rand__ = Flag.__and__
    __xor__ = __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(f"{alias} -> {name}" for alias, name in duplicates)
        raise ValueError(f'duplicate values found in {enumeration!r}: {alias_details}')
    return enumeration


Flag._boundary_ = STRICT
IntFlag._boundary_ = KEEP


def _bits_lsb(value):
    """The single-bit values set in a non-negative int, lowest first."""
    while value:
        bit = value & -value
        yield bit
        value ^= bit


def show_flag_values(value):
    return list(_bits_lsb(value))


class EnumCheck(StrEnum):
    """The checks verify() can run on an enumeration."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator running EnumCheck constraints on an enumeration (3.11)."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        if issubclass(enumeration, Flag):
            kind = 'flag'
        elif issubclass(enumeration, Enum):
            kind = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                aliases = [(name, m.name) for name, m in enumeration.__members__.items() if name != m.name]
                if aliases:
                    details = ', '.join(f"{alias} -> {name}" for alias, name in aliases)
                    raise ValueError(f'aliases found in {enumeration!r}: {details}')
            elif check is CONTINUOUS:
                _check_continuous(enumeration, kind)
            elif check is NAMED_FLAGS:
                _check_named_flags(enumeration)
        return enumeration


def _check_continuous(enumeration, kind):
    values = {m.value for m in enumeration}
    if len(values) < 2:
        return
    low, high = min(values), max(values)
    if kind == 'flag':
        # Every power of two between the lowest and the highest flag must be named.
        candidates = (2 ** i for i in range(low.bit_length(), high.bit_length() - 1))
    else:
        candidates = range(low + 1, high)
    missing = [v for v in candidates if v not in values]
    if missing:
        # CPython truncates the message (a guard against huge value ranges).
        raise ValueError(f"invalid {kind} {enumeration.__name__!r}: missing values "
                         f"{', '.join(str(v) for v in missing)}"[:256])


def _check_named_flags(enumeration):
    canonical = enumeration._member_names_
    named_values = [m.value for m in enumeration]
    unnamed_aliases, unnamed_bits = [], 0
    for name, alias in enumeration._member_map_.items():
        if name in canonical or alias.value < 0:
            continue
        missed = [bit for bit in _bits_lsb(alias.value) if bit not in named_values]
        if missed:
            unnamed_aliases.append(name)
            for bit in missed:
                unnamed_bits |= bit
    if not unnamed_aliases:
        return
    if len(unnamed_aliases) == 1:
        which = f'alias {unnamed_aliases[0]} is missing'
    else:
        which = f"aliases {', '.join(unnamed_aliases[:-1])} and {unnamed_aliases[-1]} are missing"
    value = (f'value 0x{unnamed_bits:x}' if _power_of_two(unnamed_bits)
             else f'combined values of 0x{unnamed_bits:x}')
    raise ValueError(f'invalid Flag {enumeration.__name__!r}: {which} {value} '
                     f'[use enum.show_flag_values(value) for details]')


def _global_enum_repr(self):
    return f"{self.__class__.__module__.split('.')[-1]}.{self._name_}"


def _global_flag_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    if self._name_ is None:
        return f"{module}.{self.__class__.__name__}({self._value_!r})"
    if _power_of_two(self._value_):
        return f"{module}.{self._name_}"
    names = self._name_.split('|')
    if self._boundary_ is not KEEP:
        return '|'.join(f"{module}.{n}" for n in names)
    return '|'.join(n if n[0].isdigit() else f"{module}.{n}" for n in names)


def _global_str(self):
    if self._name_ is None:
        return f"{self.__class__.__name__}({self._value_!r})"
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: the members become globals of the defining module, and their repr says so."""
    cls.__repr__ = _global_flag_repr if issubclass(cls, Flag) else _global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = _global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls
