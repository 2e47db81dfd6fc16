"""Miscellaneous email helpers: addresses, RFC 2822 dates, message ids, quoting."""

import datetime
import os
import random
import time


__all__ = [
    'collapse_rfc2231_value', 'decode_params', 'decode_rfc2231', 'encode_rfc2231',
    'formataddr', 'formatdate', 'format_datetime', 'getaddresses', 'make_msgid',
    'mktime_tz', 'parseaddr', 'parsedate', 'parsedate_tz', 'parsedate_to_datetime',
    'quote', 'unquote', 'localtime',
]

COMMASPACE = ', '
EMPTYSTRING = ''
UEMPTYSTRING = ''
CRLF = '\r\n'
TICK = "'"

_SPECIALS = frozenset('()<>@,:;.\"[]')


def quote(s):
    """Backslash-escape backslashes and double quotes."""
    return s.replace('\\', '\\\\').replace('"', '\\"')


def unquote(s):
    """Remove one level of surrounding double quotes or angle brackets."""
    if len(s) > 1:
        if s.startswith('"') and s.endswith('"'):
            return s[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        if s.startswith('<') and s.endswith('>'):
            return s[1:-1]
    return s


# -- addresses -------------------------------------------------------------------------

def formataddr(pair, charset='utf-8'):
    """'Name <addr>' for a (name, addr) pair; non-ASCII names become an encoded word."""
    name, address = pair
    address.encode('ascii')         # addresses must be ASCII: UnicodeEncodeError otherwise
    if not name:
        return address
    try:
        name.encode('ascii')
    except UnicodeEncodeError:
        if isinstance(charset, str):
            from email.charset import Charset
            charset = Charset(charset)
        return '%s <%s>' % (charset.header_encode(name), address)
    if any(c in _SPECIALS or c == '\\' for c in name):
        name = '"%s"' % quote(name)
    return '%s <%s>' % (name, address)


def _tokens(text):
    """Lexical tokens of an address list: (kind, text) with kinds
    'atom', 'quoted', 'comment', 'angle', and single special characters."""
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in ' \t\r\n':
            while i < n and text[i] in ' \t\r\n':
                i += 1
            yield 'ws', ' '
        elif c == '"':
            j, buf = i + 1, []
            while j < n and text[j] != '"':
                if text[j] == '\\' and j + 1 < n:
                    j += 1
                buf.append(text[j])
                j += 1
            yield 'quoted', ''.join(buf)
            i = j + 1
        elif c == '(':
            depth, j, buf = 1, i + 1, []
            while j < n and depth:
                if text[j] == '\\' and j + 1 < n:
                    j += 1
                elif text[j] == '(':
                    depth += 1
                elif text[j] == ')':
                    depth -= 1
                    if not depth:
                        break
                buf.append(text[j])
                j += 1
            yield 'comment', ''.join(buf)
            i = j + 1
        elif c == '<':
            j = text.find('>', i)
            j = n if j < 0 else j
            yield 'angle', text[i + 1:j]
            i = j + 1
        elif c in ',:;@.[]>':
            yield c, c
            i += 1
        else:
            j = i
            while j < n and text[j] not in ' \t\r\n"(<,:;@.[]>':
                j += 1
            yield 'atom', text[i:j]
            i = j


def _addr_spec(tokens):
    return ''.join(t for kind, t in tokens if kind not in ('comment', 'ws'))


def _route_addr(inner):
    addr = _addr_spec(list(_tokens(inner)))
    if ':' in addr:             # obsolete source route: @a,@b:user@host
        addr = addr.split(':', 1)[1]
    return addr


def _one_address(tokens):
    words = [t for kind, t in tokens if kind in ('atom', 'quoted', '.')]
    angles = [t for kind, t in tokens if kind == 'angle']
    comments = [t for kind, t in tokens if kind == 'comment']
    if angles:
        name = []
        for kind, t in tokens:
            if kind == 'angle':
                break
            if kind in ('atom', 'quoted'):
                name.append(t)
            elif kind == '.' and name:
                name[-1] += '.'
        display = ' '.join(name) or ' '.join(comments)
        return (display, _route_addr(angles[0]))
    if not words and not any(kind == '@' for kind, _ in tokens):
        return ('', '')
    if not any(kind == '@' for kind, _ in tokens):
        # No domain: the address is the first word of the phrase (dots included).
        first = []
        for kind, t in tokens:
            if kind in ('atom', 'quoted', '.'):
                first.append(t)
            elif kind == 'ws' and first:
                break
        return (' '.join(comments), ''.join(first))
    return (' '.join(comments), _addr_spec(tokens))


def _address_list(text):
    tokens = list(_tokens(text))
    result, current, group = [], [], None
    for kind, t in tokens:
        if kind == 'ws':
            if current:
                current.append((kind, t))
            continue
        if kind == ':' and group is None and not any(k == 'angle' for k, _ in current):
            group = []
            current = []
        elif kind == ';' and group is not None:
            if current:
                group.append(_one_address(current))
            result.extend(group or [('', '')])
            group, current = None, []
        elif kind == ',':
            if current:
                (result if group is None else group).append(_one_address(current))
            current = []
        else:
            current.append((kind, t))
    if current:
        (result if group is None else group).append(_one_address(current))
    if group:
        result.extend(group)
    return result


def parseaddr(addr):
    """(realname, email) from one address; ('', '') when it cannot be parsed."""
    found = _address_list(addr)
    return found[0] if found else ('', '')


def getaddresses(fieldvalues):
    """(realname, email) pairs from header values, each possibly holding several addresses."""
    return [pair for pair in _address_list(COMMASPACE.join(str(v) for v in fieldvalues))]


# -- dates -----------------------------------------------------------------------------

_DAYNAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONTHNAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun',
               'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
_ZONES = {'UT': 0, 'UTC': 0, 'GMT': 0, 'Z': 0,
          'AST': -400, 'ADT': -300, 'EST': -500, 'EDT': -400, 'CST': -600, 'CDT': -500,
          'MST': -700, 'MDT': -600, 'PST': -800, 'PDT': -700}


def _format_timetuple_and_zone(tt, zone):
    return '%s, %02d %s %04d %02d:%02d:%02d %s' % (
        _DAYNAMES[tt[6]], tt[2], _MONTHNAMES[tt[1] - 1].capitalize(), tt[0],
        tt[3], tt[4], tt[5], zone)


def format_datetime(dt, usegmt=False):
    """RFC 2822 date of a datetime; naive ones get the '-0000' (unknown) zone."""
    tt = dt.timetuple()
    if usegmt:
        if dt.tzinfo is None or dt.tzinfo != datetime.timezone.utc:
            raise ValueError("usegmt option requires a UTC datetime")
        zone = 'GMT'
    elif dt.tzinfo is None:
        zone = '-0000'
    else:
        zone = dt.strftime("%z")
    return _format_timetuple_and_zone(tt, zone)


def formatdate(timeval=None, localtime=False, usegmt=False):
    """RFC 2822 date of a POSIX timestamp (now by default), in UTC unless localtime."""
    if timeval is None:
        timeval = time.time()
    if localtime or usegmt:
        dt = datetime.datetime.fromtimestamp(timeval, datetime.timezone.utc)
    else:
        dt = datetime.datetime.utcfromtimestamp(timeval)
    if localtime:
        dt = dt.astimezone()
        usegmt = False
    return format_datetime(dt, usegmt)


def _parse_time(text):
    parts = text.split(':')
    if len(parts) == 2:
        parts.append('0')
    if len(parts) != 3:
        return None
    try:
        return [int(p) for p in parts]
    except ValueError:
        return None


def _parsedate_tz(data):
    if not data:
        return None
    words = data.split()
    if not words:
        return None
    if words[0].endswith(',') or words[0].lower()[:3] in [d.lower() for d in _DAYNAMES]:
        words = words[1:]
    if len(words) == 3:             # 'date' with '-'-joined day-month-year
        first = words[0].split('-')
        if len(first) == 3:
            words = first + words[1:]
    if len(words) == 4:             # time and zone glued: '12:00:00+0100'
        s = words[3]
        for sign in '+-':
            if sign in s:
                words[3:] = s.split(sign, 1)
                words[4] = sign + words[4]
                break
        else:
            words.append('')
    if len(words) < 5:
        return None
    day, month, year, clock, zone = words[:5]
    if month.lower()[:3] not in _MONTHNAMES:
        day, month = month, day
        if month.lower()[:3] not in _MONTHNAMES:
            return None
    mm = _MONTHNAMES.index(month.lower()[:3]) + 1
    if day.endswith(','):
        day = day[:-1]
    if ':' in year:                 # 'Nov 9 01:08:47 2001' ordering
        year, clock = clock, year
    hms = _parse_time(clock)
    if hms is None:
        return None
    try:
        yy, dd = int(year.rstrip(',')), int(day)
    except ValueError:
        return None
    if yy < 100:
        yy += 1900 if yy > 68 else 2000
    offset = None
    zone_upper = zone.upper()
    if zone_upper in _ZONES:
        offset = _ZONES[zone_upper]
    else:
        try:
            offset = int(zone)
        except ValueError:
            pass
        if offset == 0 and zone.startswith('-'):
            offset = None           # '-0000' means "zone unknown"
    if offset is not None:
        sign = -1 if offset < 0 else 1
        offset = abs(offset)
        offset = sign * ((offset // 100) * 3600 + (offset % 100) * 60)
    return [yy, mm, dd, hms[0], hms[1], hms[2], 0, 1, -1, offset]


def parsedate_tz(data):
    """10-tuple (9-tuple of time.mktime plus the UTC offset in seconds or None), or None."""
    t = _parsedate_tz(data)
    if t is None:
        return None
    if t[9] is None:
        t[9] = 0
    return tuple(t)


def parsedate(data):
    t = parsedate_tz(data)
    return t[:9] if t is not None else None


def mktime_tz(data):
    """UTC timestamp of a parsedate_tz 10-tuple (local time when the offset is None)."""
    if data[9] is None:
        return time.mktime(data[:8] + (-1,))
    import calendar
    return calendar.timegm(data) - data[9]


def parsedate_to_datetime(data):
    """datetime of an RFC 2822 date: aware, or naive when the zone is '-0000'."""
    t = _parsedate_tz(data)
    if t is None:
        raise ValueError('Invalid date value or format "%s"' % str(data))
    *dtuple, tz = t
    if tz is None:
        return datetime.datetime(*dtuple[:6])
    return datetime.datetime(*dtuple[:6],
                             tzinfo=datetime.timezone(datetime.timedelta(seconds=tz)))


def localtime(dt=None, isdst=-1):
    """An aware datetime in the local zone (now by default)."""
    if dt is None:
        return datetime.datetime.now(datetime.timezone.utc).astimezone()
    if dt.tzinfo is not None:
        return dt.astimezone()
    return dt.astimezone()


def make_msgid(idstring=None, domain=None):
    """A unique Message-ID: <centiseconds.pid.random[.idstring]@domain>."""
    timeval = int(time.time() * 100)
    pid = os.getpid()
    randint = random.getrandbits(64)
    idstring = '' if idstring is None else '.' + idstring
    if domain is None:
        domain = os.uname().nodename    # CPython uses socket.getfqdn()
    return '<%d.%d.%d%s@%s>' % (timeval, pid, randint, idstring, domain)


# -- RFC 2231 parameters ---------------------------------------------------------------

def decode_rfc2231(s):
    """(charset, language, value) of an RFC 2231 value "charset'lang'text"."""
    parts = s.split(TICK, 2)
    if len(parts) <= 2:
        return None, None, s
    return tuple(parts)


def encode_rfc2231(s, charset=None, language=None):
    import urllib.parse
    s = urllib.parse.quote(s, safe='', encoding=charset or 'ascii')
    if charset is None and language is None:
        return s
    return "%s'%s'%s" % (charset, language or '', s)


def collapse_rfc2231_value(value, errors='replace', fallback_charset='us-ascii'):
    if not isinstance(value, tuple) or len(value) != 3:
        return unquote(value)
    charset, language, text = value
    if charset is None:
        charset = fallback_charset
    rawbytes = bytes(text, 'raw-unicode-escape')
    try:
        return str(rawbytes, charset, errors)
    except LookupError:
        return unquote(text)


def decode_params(params):
    """Join RFC 2231 continuations (name*0, name*1...) and decode name* values."""
    import urllib.parse
    result = [params[0]]
    collected = {}
    for name, value in params[1:]:
        encoded = name.endswith('*')
        value = unquote(value)
        base, _, num = name.rstrip('*').partition('*')
        if num.isdigit() or encoded:
            collected.setdefault(base, []).append((int(num) if num.isdigit() else 0, value, encoded))
        else:
            result.append((name, '"%s"' % quote(value)))
    for name, parts in collected.items():
        parts.sort()
        pieces = []
        any_encoded = False
        for num, value, encoded in parts:
            if encoded:
                value = urllib.parse.unquote(value, encoding='latin-1')
                any_encoded = True
            pieces.append(value)
        value = quote(EMPTYSTRING.join(pieces))
        if any_encoded:
            charset, language, value = decode_rfc2231(value)
            result.append((name, (charset, language, '"%s"' % value)))
        else:
            result.append((name, '"%s"' % value))
    return result


def _has_surrogates(s):
    """True when `s` carries undecodable bytes smuggled in as surrogate escapes."""
    return any('\udc80' <= c <= '\udcff' for c in s)
