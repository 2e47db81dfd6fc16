"""Shared by pwd and grp: the struct sequences they return, reading the colon-separated
databases (/etc/passwd, /etc/group), and CPython's conversion of uid/gid arguments."""

import operator

_ID_MAX = 2**32 - 1   # uid_t/gid_t are 32-bit unsigned; (uid_t)-1 is accepted and shown as -1


def struct_type(module, name, fields, doc):
    """A tuple subclass like CPython's struct sequences (pwd.struct_passwd)."""
    size = len(fields)

    def __new__(cls, sequence, dict=None):
        values = tuple(sequence)
        if len(values) != size:
            raise TypeError(f"{module}.{name}() takes a {size}-sequence ({len(values)}-sequence given)")
        return tuple.__new__(cls, values)

    def __repr__(self):
        return f"{module}.{name}(" + ", ".join(f"{f}={v!r}" for f, v in zip(fields, self)) + ")"

    def __setattr__(self, attr, value):
        if attr in fields:
            raise AttributeError("readonly attribute")
        raise AttributeError(f"'{module}.{name}' object has no attribute '{attr}'")

    def __reduce__(self):
        return (type(self), (tuple(self),))

    namespace = {
        "__slots__": (), "__doc__": doc, "__module__": module, "__new__": __new__,
        "__repr__": __repr__, "__setattr__": __setattr__, "__reduce__": __reduce__,
        "n_fields": size, "n_sequence_fields": size, "n_unnamed_fields": 0,
    }
    for index, field in enumerate(fields):
        namespace[field] = property(operator.itemgetter(index))
    return type(name, (tuple,), namespace)


def read_entries(path, width):
    """The lines of a colon-separated database split into width fields (malformed lines skipped)."""
    try:
        with open(path, encoding="utf-8", errors="surrogateescape") as f:
            lines = f.read().splitlines()
    except OSError:
        return []
    entries = []
    for line in lines:
        if not line or line.startswith("#"):
            continue
        parts = line.split(":")
        if len(parts) == width:
            entries.append(parts)
    return entries


def as_number(text):
    try:
        value = int(text)
    except ValueError:
        return None
    return -1 if value == _ID_MAX else value


def id_argument(value, what):
    """The uid/gid to look up, or None when it is outside uid_t (CPython: not found), after
    TypeError for non-integers."""
    try:
        number = operator.index(value)
    except TypeError:
        raise TypeError(f"{what} should be integer, not {type(value).__name__}") from None
    if number == _ID_MAX:
        return -1
    if number < -1 or number > _ID_MAX:
        return None
    return number


def name_argument(value, message):
    if not isinstance(value, str):
        raise TypeError(message + type(value).__name__)
    if "\0" in value:
        raise ValueError("embedded null byte")
    return value
