"""Policy base class and the compat32 policy (the behaviour of the email package before 3.3)."""

import abc

from email import header
from email import charset as _charset

__all__ = ['Policy', 'Compat32', 'compat32']


class _PolicyBase:
    """Immutable bundle of settings: change them with clone() or `+`."""

    def __init__(self, **kw):
        for name, value in kw.items():
            if hasattr(self, name):
                super().__setattr__(name, value)
            else:
                raise TypeError("{!r} is an invalid keyword argument for {}".format(
                    name, self.__class__.__name__))

    def __repr__(self):
        args = ["{}={!r}".format(name, value) for name, value in self.__dict__.items()]
        return "{}({})".format(self.__class__.__name__, ', '.join(args))

    def clone(self, **kw):
        new = self.__class__.__new__(self.__class__)
        for attr, value in self.__dict__.items():
            object.__setattr__(new, attr, value)
        for attr, value in kw.items():
            if not hasattr(self, attr):
                raise TypeError("{!r} is an invalid keyword argument for {}".format(
                    attr, self.__class__.__name__))
            object.__setattr__(new, attr, value)
        return new

    def __setattr__(self, name, value):
        if hasattr(self, name):
            msg = "{!r} object attribute {!r} is read-only"
        else:
            msg = "{!r} object has no attribute {!r}"
        raise AttributeError(msg.format(self.__class__.__name__, name))

    def __add__(self, other):
        return self.clone(**other.__dict__)


class Policy(_PolicyBase, metaclass=abc.ABCMeta):
    raise_on_defect = False
    linesep = '\n'
    cte_type = '8bit'
    max_line_length = 78
    mangle_from_ = False
    message_factory = None
    verify_generated_headers = True

    def handle_defect(self, obj, defect):
        if self.raise_on_defect:
            raise defect
        self.register_defect(obj, defect)

    def register_defect(self, obj, defect):
        obj.defects.append(defect)

    def header_max_count(self, name):
        return None

    @abc.abstractmethod
    def header_source_parse(self, sourcelines):
        raise NotImplementedError

    @abc.abstractmethod
    def header_store_parse(self, name, value):
        raise NotImplementedError

    @abc.abstractmethod
    def header_fetch_parse(self, name, value):
        raise NotImplementedError

    @abc.abstractmethod
    def fold(self, name, value):
        raise NotImplementedError

    @abc.abstractmethod
    def fold_binary(self, name, value):
        raise NotImplementedError


class Compat32(Policy):
    """Headers are plain strings (or Header objects); folding keeps the source's line breaks."""

    mangle_from_ = True

    def _sanitize_header(self, name, value):
        if not isinstance(value, str):
            return value
        if any('\udc80' <= c <= '\udcff' for c in value):
            return header.Header(value, charset=_charset.UNKNOWN8BIT, header_name=name)
        return value

    def header_source_parse(self, sourcelines):
        name, value = sourcelines[0].split(':', 1)
        value = value.lstrip(' \t') + ''.join(sourcelines[1:])
        return (name, value.rstrip('\r\n'))

    def header_store_parse(self, name, value):
        return (name, value)

    def header_fetch_parse(self, name, value):
        return self._sanitize_header(name, value)

    def fold(self, name, value):
        return self._fold(name, value)

    def fold_binary(self, name, value):
        folded = self._fold(name, value)
        return folded.encode('ascii', 'surrogateescape')

    def _fold(self, name, value):
        if isinstance(value, str):
            if any('\udc80' <= c <= '\udcff' for c in value):
                h = header.Header(value, charset=_charset.UNKNOWN8BIT, header_name=name)
            else:
                h = header.Header(value, header_name=name)
        else:
            h = value
        body = h.encode(linesep=self.linesep, maxlinelen=self.max_line_length or 0)
        return '%s: %s%s' % (name, body, self.linesep)


compat32 = Compat32()
