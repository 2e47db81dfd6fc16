"""Header value objects used by email.policy.EmailPolicy.

Each header value is a str (the decoded, unfolded value) with extra attributes:
`name`, `defects`, and per kind `addresses`/`groups`, `datetime`, `content_type`/`params`...
Parsing is simplified: addresses go through email.utils, parameters through message's helpers.
"""

from email import _encoded_words
from email import utils

__all__ = ['Address', 'Group', 'BaseHeader', 'UnstructuredHeader', 'UniqueUnstructuredHeader',
           'DateHeader', 'UniqueDateHeader', 'AddressHeader', 'UniqueAddressHeader',
           'SingleAddressHeader', 'UniqueSingleAddressHeader', 'MIMEVersionHeader',
           'ContentTypeHeader', 'ContentDispositionHeader', 'ContentTransferEncodingHeader',
           'MessageIDHeader', 'HeaderRegistry']

_ATEXT_SPECIALS = set('()<>@,:;.\\"[]')


def _quote_if_needed(text):
    if any(c in _ATEXT_SPECIALS for c in text):
        return '"%s"' % utils.quote(text)
    return text


class Address:

    def __init__(self, display_name='', username='', domain='', addr_spec=None):
        if addr_spec is not None:
            if username or domain:
                raise TypeError("addrspec specified when username and/or domain also specified")
            username, _, domain = addr_spec.rpartition('@') if '@' in addr_spec else (addr_spec, '', '')
        self._display_name = display_name
        self._username = username
        self._domain = domain

    display_name = property(lambda self: self._display_name)
    username = property(lambda self: self._username)
    domain = property(lambda self: self._domain)

    @property
    def addr_spec(self):
        if self.domain:
            return self.username + '@' + self.domain
        return self.username or '<>'

    def __repr__(self):
        return "{}(display_name={!r}, username={!r}, domain={!r})".format(
            self.__class__.__name__, self.display_name, self.username, self.domain)

    def __str__(self):
        disp = _quote_if_needed(self.display_name)
        if disp:
            spec = '' if self.addr_spec == '<>' else self.addr_spec
            return "{} <{}>".format(disp, spec)
        return self.addr_spec

    def __eq__(self, other):
        if not isinstance(other, Address):
            return NotImplemented
        return (self.display_name == other.display_name and self.username == other.username
                and self.domain == other.domain)


class Group:

    def __init__(self, display_name=None, addresses=None):
        self._display_name = display_name
        self._addresses = tuple(addresses) if addresses else tuple()

    display_name = property(lambda self: self._display_name)
    addresses = property(lambda self: self._addresses)

    def __repr__(self):
        return "{}(display_name={!r}, addresses={!r}".format(
            self.__class__.__name__, self.display_name, self.addresses)

    def __str__(self):
        if self.display_name is None and len(self.addresses) == 1:
            return str(self.addresses[0])
        disp = _quote_if_needed(self.display_name or '')
        members = ', '.join(str(x) for x in self.addresses)
        return "{}:{};".format(disp, ' ' + members if members else '')

    def __eq__(self, other):
        if not isinstance(other, Group):
            return NotImplemented
        return self.display_name == other.display_name and self.addresses == other.addresses


def _encode_words_in(text):
    """Unstructured text with its non-ASCII words as one utf-8 encoded word.

    Like CPython's folder, once a line holds an encoded word, a later non-ASCII word extends
    that encoded word over the ASCII text between them."""
    if text.isascii():
        return text
    import re
    prefix, covered, tail = '', None, ''
    for part in re.split(r'([ \t]+)', text):
        if part and not part.isascii():
            covered = part if covered is None else covered + tail + part
            tail = ''
        elif covered is None:
            prefix += part
        else:
            tail += part
    return prefix + _encoded_words.encode(covered, 'utf-8', _pick(covered)) + tail


def _pick(text):
    # CPython's header folder prefers q unless it is at least 5 characters longer than b.
    data = text.encode('utf-8')
    q, b = _encoded_words.encode_q(data), _encoded_words.encode_b(data)
    return 'q' if len(q) - len(b) < 5 else 'b'


class BaseHeader(str):
    """A header value: str of the decoded value plus `name` and `defects`."""

    max_count = None

    def __new__(cls, name, value):
        kwds = {'defects': []}
        cls.parse(value, kwds)
        self = str.__new__(cls, kwds['decoded'])
        del kwds['decoded']
        self.init(name, **kwds)
        return self

    def init(self, name, *, defects, **rest):
        self._name = name
        self._defects = tuple(defects)
        for key, value in rest.items():
            setattr(self, '_' + key, value)

    name = property(lambda self: self._name)
    defects = property(lambda self: self._defects)

    @classmethod
    def parse(cls, value, kwds):
        kwds['decoded'] = _encoded_words.decode_to_str(value)

    def __reduce__(self):
        # The registry's classes are made on the fly, so pickle/deepcopy rebuild them.
        return (_reconstruct_header, (self.__class__.__name__, self.__class__.__bases__, str(self)),
                self.__dict__)

    @classmethod
    def _reconstruct(cls, value):
        return str.__new__(cls, value)

    def _folded_value(self):
        return _encode_words_in(str(self))

    def fold(self, *, policy):
        from email import _folding
        if isinstance(self, UnstructuredHeader):
            return _folding.fold_unstructured(self.name, str(self), policy.max_line_length,
                                              policy.linesep, policy.utf8)
        return _folding.fold_plain(self.name, self._folded_value(), policy.max_line_length,
                                   policy.linesep, always_refold=True)


def _reconstruct_header(cls_name, bases, value):
    return type(cls_name, bases, {})._reconstruct(value)


class UnstructuredHeader:
    max_count = None

    @classmethod
    def parse(cls, value, kwds):
        kwds['decoded'] = _encoded_words.decode_to_str(value)


class UniqueUnstructuredHeader(UnstructuredHeader):
    max_count = 1


class DateHeader:
    max_count = None

    @classmethod
    def parse(cls, value, kwds):
        if not value:
            from email import errors
            kwds['defects'].append(errors.HeaderMissingRequiredValue())
            kwds['datetime'] = None
            kwds['decoded'] = ''
            return
        if isinstance(value, str):
            kwds['decoded'] = value
            try:
                value = utils.parsedate_to_datetime(value)
            except ValueError:
                from email import errors
                kwds['defects'].append(errors.InvalidDateDefect('Invalid date value or format'))
                kwds['datetime'] = None
                return
        kwds['datetime'] = value
        kwds['decoded'] = utils.format_datetime(value)

    datetime = property(lambda self: self._datetime)


class UniqueDateHeader(DateHeader):
    max_count = 1


class AddressHeader:
    max_count = None

    @staticmethod
    def value_parser(value):
        return [Address(name, addr_spec=spec) for name, spec in utils.getaddresses([value])]

    @classmethod
    def parse(cls, value, kwds):
        if isinstance(value, str):
            text = _encoded_words.decode_to_str(value)
            groups = [Group(None, [Address(_encoded_words.decode_to_str(name), addr_spec=spec)])
                      for name, spec in utils.getaddresses([value])]
        else:
            if not hasattr(value, '__iter__'):
                value = [value]
            groups = [Group(None, [item]) if not hasattr(item, 'addresses') else item
                      for item in value]
        kwds['groups'] = tuple(groups)
        kwds['decoded'] = ', '.join(str(g) for g in groups)

    groups = property(lambda self: self._groups)

    @property
    def addresses(self):
        return tuple(a for g in self._groups for a in g.addresses)

    def _units(self):
        """The groups/addresses as folding units: text, separators attached."""
        units = []
        for group in self._groups:
            parts = []
            for a in group.addresses:
                if a.display_name and not a.display_name.isascii():
                    parts.append('%s <%s>' % (_encode_words_in(a.display_name), a.addr_spec))
                else:
                    parts.append(str(a))
            if group.display_name is None and len(parts) == 1:
                units.append(parts[0])
            else:
                members = ', '.join(parts)
                units.append('%s:%s;' % (_quote_if_needed(group.display_name or ''),
                                         ' ' + members if members else ''))
        return [u + ',' if i < len(units) - 1 else u for i, u in enumerate(units)]

    def _folded_value(self):
        return ' '.join(self._units())

    def fold(self, *, policy):
        from email import _folding
        units = self._units()
        units = [u if i == 0 else ' ' + u for i, u in enumerate(units)]
        needs = not policy.utf8 and not str(self).isascii()
        return _folding.fold_units(self.name, units, policy.max_line_length, policy.linesep, needs)


class UniqueAddressHeader(AddressHeader):
    max_count = 1


class SingleAddressHeader(AddressHeader):

    @property
    def address(self):
        if len(self.addresses) != 1:
            raise ValueError(("value of single address header {} is not a single address").format(self.name))
        return self.addresses[0]


class UniqueSingleAddressHeader(SingleAddressHeader):
    max_count = 1


class MIMEVersionHeader:
    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        text = ''.join(value.split())
        major, _, minor = text.partition('.')
        kwds['major'] = int(major) if major.isdigit() else None
        kwds['minor'] = int(minor) if minor.isdigit() else None
        kwds['version'] = text if kwds['major'] is not None else None
        kwds['decoded'] = kwds['version'] if kwds['version'] is not None else value

    version = property(lambda self: self._version)
    major = property(lambda self: self._major)
    minor = property(lambda self: self._minor)


def _param_value(text):
    """A parameter value: a token, or a quoted string (text after its closing quote is junk)."""
    if not text.startswith('"'):
        return text
    out = []
    i = 1
    while i < len(text):
        c = text[i]
        if c == '\\' and i + 1 < len(text):
            out.append(text[i + 1])
            i += 2
            continue
        if c == '"':
            break
        out.append(c)
        i += 1
    return ''.join(out)


class ParameterizedMIMEHeader:
    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        from email.message import _parseparam
        parts = _parseparam(value)
        kwds['main'] = parts[0].strip().lower() if parts else ''
        params = {}
        for p in parts[1:]:
            name, sep, val = p.partition('=')
            if not sep:
                continue
            params[name.strip().lower()] = _param_value(val.strip())
        kwds['params'] = params
        rendered = kwds['main']
        for k, v in params.items():
            rendered += '; %s="%s"' % (k, utils.quote(v))
        kwds['decoded'] = rendered if parts and parts[0].strip() else value

    @property
    def params(self):
        import types
        return types.MappingProxyType(self._params)


class ContentTypeHeader(ParameterizedMIMEHeader):

    @classmethod
    def parse(cls, value, kwds):
        super().parse(value, kwds)
        maintype, _, subtype = kwds.pop('main').partition('/')
        kwds['maintype'] = maintype.strip()
        kwds['subtype'] = subtype.strip()

    maintype = property(lambda self: self._maintype)
    subtype = property(lambda self: self._subtype)

    @property
    def content_type(self):
        return self.maintype + '/' + self.subtype


class ContentDispositionHeader(ParameterizedMIMEHeader):

    @classmethod
    def parse(cls, value, kwds):
        super().parse(value, kwds)
        kwds['content_disposition'] = kwds.pop('main') or None

    content_disposition = property(lambda self: self._content_disposition)


class ContentTransferEncodingHeader:
    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        kwds['decoded'] = value.strip()
        kwds['cte'] = value.strip().lower()

    cte = property(lambda self: self._cte)


class MessageIDHeader:
    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        kwds['decoded'] = value.strip()


_default_header_map = {
    'subject': UniqueUnstructuredHeader,
    'date': UniqueDateHeader,
    'resent-date': DateHeader,
    'orig-date': UniqueDateHeader,
    'sender': UniqueSingleAddressHeader,
    'resent-sender': SingleAddressHeader,
    'to': UniqueAddressHeader,
    'resent-to': AddressHeader,
    'cc': UniqueAddressHeader,
    'resent-cc': AddressHeader,
    'bcc': UniqueAddressHeader,
    'resent-bcc': AddressHeader,
    'from': UniqueAddressHeader,
    'resent-from': AddressHeader,
    'reply-to': UniqueAddressHeader,
    'mime-version': MIMEVersionHeader,
    'content-type': ContentTypeHeader,
    'content-disposition': ContentDispositionHeader,
    'content-transfer-encoding': ContentTransferEncodingHeader,
    'message-id': MessageIDHeader,
}


class HeaderRegistry:
    """Maps header names to classes; calling it makes the header value object."""

    def __init__(self, base_class=BaseHeader, default_class=UnstructuredHeader,
                 use_default_map=True):
        self.registry = {}
        self.base_class = base_class
        self.default_class = default_class
        if use_default_map:
            self.registry.update(_default_header_map)

    def map_to_type(self, name, cls):
        self.registry[name.lower()] = cls

    def __getitem__(self, name):
        cls = self.registry.get(name.lower(), self.default_class)
        return type('_' + cls.__name__, (cls, self.base_class), {})

    def __call__(self, name, value):
        return self[name](name, value)
