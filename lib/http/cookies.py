"""HTTP cookie state (RFC 2109 style): parse Cookie headers, produce Set-Cookie headers."""

import re
import string
import types

__all__ = ["CookieError", "BaseCookie", "SimpleCookie"]


class CookieError(Exception):
    pass


# Characters a cookie name (and an unquoted value) may consist of.
_LegalChars = string.ascii_letters + string.digits + "!#$%&'*+-.^_`|~:"
# Characters written as themselves inside a quoted value; the rest become \ooo escapes.
_UnescapedChars = _LegalChars + ' ()/<=>?@[]{}'

_escapes = {code: '\\%03o' % code for code in range(256) if chr(code) not in _UnescapedChars}
_escapes[ord('"')] = '\\"'
_escapes[ord('\\')] = '\\\\'

_is_legal_key = re.compile('[%s]+' % re.escape(_LegalChars)).fullmatch


def _quote(value):
    """A legal token as it is; anything else double-quoted with backslash escapes."""
    if value is None or _is_legal_key(value):
        return value
    return '"' + value.translate(_escapes) + '"'


# An escape inside a quoted value: three octal digits (a byte value) or any one character.
_escape_in_quotes = re.compile(r'\\(?:([0-3][0-7][0-7])|(.))')


def _unescape(match):
    octal = match.group(1)
    return chr(int(octal, 8)) if octal is not None else match.group(2)


def _unquote(value):
    if value is None or len(value) < 2 or value[0] != '"' or value[-1] != '"':
        return value
    return _escape_in_quotes.sub(_unescape, value[1:-1])


_weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_months = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
           'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def _getdate(future=0, weekdayname=_weekdays, monthname=_months):
    """The HTTP date `future` seconds from now (an integer 'expires' attribute)."""
    from time import gmtime, time
    year, month, day, hh, mm, ss, wd, _, _ = gmtime(time() + future)
    return "%s, %02d %3s %4d %02d:%02d:%02d GMT" % (
        weekdayname[wd], day, monthname[month], year, hh, mm, ss)


class Morsel(dict):
    """One cookie: its key, value and coded (quoted) value, plus the RFC 2109 attributes,
    stored as a dict with lower-case attribute names."""

    # attribute name in the dict -> spelling in the output
    _reserved = {
        "expires": "expires",
        "path": "Path",
        "comment": "Comment",
        "domain": "Domain",
        "max-age": "Max-Age",
        "secure": "Secure",
        "httponly": "HttpOnly",
        "version": "Version",
        "samesite": "SameSite",
    }
    # attributes written without a value
    _flags = {'secure', 'httponly'}

    def __init__(self):
        self._key = self._value = self._coded_value = None
        for name in self._reserved:
            dict.__setitem__(self, name, "")

    @property
    def key(self):
        return self._key

    @property
    def value(self):
        return self._value

    @property
    def coded_value(self):
        return self._coded_value

    def __setitem__(self, K, V):
        K = K.lower()
        if K not in self._reserved:
            raise CookieError("Invalid attribute %r" % (K,))
        dict.__setitem__(self, K, V)

    def setdefault(self, key, val=None):
        key = key.lower()
        if key not in self._reserved:
            raise CookieError("Invalid attribute %r" % (key,))
        return dict.setdefault(self, key, val)

    def __eq__(self, morsel):
        if not isinstance(morsel, Morsel):
            return NotImplemented
        return (dict.__eq__(self, morsel) and
                self._value == morsel._value and
                self._key == morsel._key and
                self._coded_value == morsel._coded_value)

    __ne__ = object.__ne__

    def copy(self):
        duplicate = Morsel()
        dict.update(duplicate, self)
        duplicate.__dict__.update(self.__dict__)
        return duplicate

    def update(self, values):
        checked = {}
        for key, val in dict(values).items():
            key = key.lower()
            if key not in self._reserved:
                raise CookieError("Invalid attribute %r" % (key,))
            checked[key] = val
        dict.update(self, checked)

    def isReservedKey(self, K):
        return K.lower() in self._reserved

    def set(self, key, val, coded_val):
        if key.lower() in self._reserved:
            raise CookieError('Attempt to set a reserved key %r' % (key,))
        if not _is_legal_key(key):
            raise CookieError('Illegal key %r' % (key,))
        self._key = key
        self._value = val
        self._coded_value = coded_val

    def __getstate__(self):
        return {'key': self._key, 'value': self._value, 'coded_value': self._coded_value}

    def __setstate__(self, state):
        self._key = state['key']
        self._value = state['value']
        self._coded_value = state['coded_value']

    def output(self, attrs=None, header="Set-Cookie:"):
        return "%s %s" % (header, self.OutputString(attrs))

    __str__ = output

    def __repr__(self):
        return '<%s: %s>' % (self.__class__.__name__, self.OutputString())

    def js_output(self, attrs=None):
        text = self.OutputString(attrs).replace('"', r'\"')
        return """
        <script type="text/javascript">
        <!-- begin hiding
        document.cookie = "%s";
        // end hiding -->
        </script>
        """ % (text,)

    def OutputString(self, attrs=None):
        parts = ["%s=%s" % (self.key, self.coded_value)]
        if attrs is None:
            attrs = self._reserved
        for key, value in sorted(self.items()):
            if value == "" or key not in attrs:
                continue
            name = self._reserved[key]
            if key == "expires" and isinstance(value, int):
                parts.append("%s=%s" % (name, _getdate(value)))
            elif key == "max-age" and isinstance(value, int):
                parts.append("%s=%d" % (name, value))
            elif key == "comment" and isinstance(value, str):
                parts.append("%s=%s" % (name, _quote(value)))
            elif key in self._flags:
                if value:
                    parts.append(str(name))
            else:
                parts.append("%s=%s" % (name, value))
        return "; ".join(parts)

    __class_getitem__ = classmethod(types.GenericAlias)


# One "key[=value]" item of a Cookie header. Values are a double-quoted string, an
# "expires"-style date (which contains a comma and spaces), or a run of legal characters.
_LegalKeyChars = r"\w\d!#%&'~_`><@,:/\$\*\+\-\.\^\|\)\(\?\}\{\="
_LegalValueChars = _LegalKeyChars + r'\[\]'
_CookiePattern = re.compile(
    r'\s*(?P<key>[' + _LegalKeyChars + r']+?)'
    r'(\s*=\s*(?P<val>"(?:[^\\"]|\\.)*"'
    r'|\w{3},\s[\w\d\s-]{9,11}\s[\d:]{8}\sGMT'
    r'|[' + _LegalValueChars + r']*))?'
    r'\s*(\s+|;|$)', re.ASCII)


class BaseCookie(dict):
    """A dict of name -> Morsel; subclasses decide how values are encoded."""

    def value_decode(self, val):
        """(real value, coded value) for a value read from a header."""
        return val, val

    def value_encode(self, val):
        """(real value, coded value) for a value assigned by the program."""
        strval = str(val)
        return strval, strval

    def __init__(self, input=None):
        if input:
            self.load(input)

    def __set(self, key, real_value, coded_value):
        morsel = self.get(key, Morsel())
        morsel.set(key, real_value, coded_value)
        dict.__setitem__(self, key, morsel)

    def __setitem__(self, key, value):
        if isinstance(value, Morsel):
            dict.__setitem__(self, key, value)
        else:
            rval, cval = self.value_encode(value)
            self.__set(key, rval, cval)

    def output(self, attrs=None, header="Set-Cookie:", sep="\015\012"):
        return sep.join(morsel.output(attrs, header) for _, morsel in sorted(self.items()))

    __str__ = output

    def __repr__(self):
        items = ['%s=%s' % (key, repr(morsel.value)) for key, morsel in sorted(self.items())]
        return '<%s: %s>' % (self.__class__.__name__, ' '.join(items))

    def js_output(self, attrs=None):
        return "".join(morsel.js_output(attrs) for _, morsel in sorted(self.items()))

    def load(self, rawdata):
        """Add cookies from a header string, or from a mapping of name -> value."""
        if isinstance(rawdata, str):
            self.__parse_string(rawdata)
        else:
            for key, value in rawdata.items():
                self[key] = value

    def __parse_string(self, text, patt=_CookiePattern):
        # Collect everything first: a malformed header leaves the cookie unchanged.
        items = []  # (is_attribute, key, value)
        seen_cookie = False
        i, n = 0, len(text)
        while 0 <= i < n:
            match = patt.match(text, i)
            if not match:
                break
            key, value = match.group("key"), match.group("val")
            i = match.end(0)
            if key[0] == "$":
                # "$Path"-style attributes of RFC 2965 before any cookie are ignored.
                if seen_cookie:
                    items.append((True, key[1:], value))
            elif key.lower() in Morsel._reserved:
                if not seen_cookie:
                    return
                if value is None:
                    if key.lower() not in Morsel._flags:
                        return
                    items.append((True, key, True))
                else:
                    items.append((True, key, _unquote(value)))
            elif value is not None:
                items.append((False, key, self.value_decode(value)))
                seen_cookie = True
            else:
                return
        morsel = None
        for is_attribute, key, value in items:
            if is_attribute:
                morsel[key] = value
            else:
                rval, cval = value
                self.__set(key, rval, cval)
                morsel = self[key]


class SimpleCookie(BaseCookie):
    """Values are strings, quoted when they contain characters not allowed in a token."""

    def value_decode(self, val):
        return _unquote(val), val

    def value_encode(self, val):
        strval = str(val)
        return strval, _quote(strval)
