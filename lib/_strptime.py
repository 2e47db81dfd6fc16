"""time.strptime for the C locale (a hand-written matcher; no regular expressions needed)."""

import time

_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
           'september', 'october', 'november', 'december']
_DIGITS = {'Y': 4, 'm': 2, 'd': 2, 'H': 2, 'M': 2, 'S': 2, 'y': 2, 'j': 3, 'I': 2, 'f': 6,
           'U': 2, 'W': 2, 'w': 1, 'u': 1, 'G': 4, 'V': 2}
_EXPAND = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S', 'D': '%m/%d/%y',
           'T': '%H:%M:%S', 'R': '%H:%M', 'F': '%Y-%m-%d', 'r': '%I:%M:%S %p', 'h': '%b'}
_RANGES = {'m': (1, 12), 'd': (1, 31), 'H': (0, 23), 'M': (0, 59), 'S': (0, 61),
           'j': (1, 366), 'I': (1, 12), 'U': (0, 53), 'W': (0, 53), 'w': (0, 6), 'u': (1, 7),
           'V': (1, 53)}


class _NoMatch(Exception):
    pass


def _expand(fmt):
    out = []
    i = 0
    while i < len(fmt):
        if fmt[i] == '%' and i + 1 < len(fmt) and fmt[i + 1] in _EXPAND:
            out.append(_EXPAND[fmt[i + 1]])
            i += 2
        elif fmt[i] == '%' and i + 1 < len(fmt):
            out.append(fmt[i:i + 2])
            i += 2
        else:
            out.append(fmt[i])
            i += 1
    return ''.join(out)


def _match_name(s, pos, names):
    low = s[pos:].lower()
    for full in names:
        if low.startswith(full):
            return names.index(full), pos + len(full)
    for full in names:
        if low.startswith(full[:3]):
            return names.index(full), pos + 3
    raise _NoMatch


def _parse(s, fmt):
    found = {}
    pos = 0
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c.isspace():
            while pos < len(s) and s[pos].isspace():
                pos += 1
            i += 1
            continue
        if c != '%':
            if pos >= len(s) or s[pos].lower() != c.lower():
                raise _NoMatch
            pos += 1
            i += 1
            continue
        if i + 1 >= n:
            raise ValueError("stray % in format '%s'" % fmt)
        d = fmt[i + 1]
        i += 2
        if d == '%':
            if pos >= len(s) or s[pos] != '%':
                raise _NoMatch
            pos += 1
        elif d in _DIGITS:
            width = _DIGITS[d]
            start = pos
            if d == 'd' and pos < len(s) and s[pos] == ' ':
                pos += 1
                start = pos
            while pos < len(s) and pos - start < width and s[pos] in '0123456789':
                pos += 1
            if pos == start:
                raise _NoMatch
            text = s[start:pos]
            value = int(text)
            if d in _RANGES:
                lo, hi = _RANGES[d]
                if not lo <= value <= hi:
                    raise _NoMatch
            if d == 'f':
                value = int(text + '0' * (6 - len(text)))
            found[d] = value
        elif d in ('a', 'A'):
            found['a'], pos = _match_name(s, pos, _DAYS)
        elif d in ('b', 'B'):
            found['b'], pos = _match_name(s, pos, _MONTHS)
        elif d == 'p':
            low = s[pos:pos + 2].lower()
            if low not in ('am', 'pm'):
                raise _NoMatch
            found['p'] = low
            pos += 2
        elif d == 'z':
            if s[pos:pos + 1] == 'Z':
                found['z'] = 0
                pos += 1
            else:
                sign = s[pos:pos + 1]
                if sign not in ('+', '-'):
                    raise _NoMatch
                digits = s[pos + 1:pos + 9].replace(':', '')
                j = 0
                while j < len(digits) and digits[j].isdigit():
                    j += 1
                digits = digits[:j]
                if len(digits) < 4:
                    raise _NoMatch
                hh, mm = int(digits[:2]), int(digits[2:4])
                ss = int(digits[4:6]) if len(digits) >= 6 else 0
                used = 4 + (2 if len(digits) >= 6 else 0) + s[pos + 1:pos + 9].count(':', 0, 5 + (3 if len(digits) >= 6 else 0))
                found['z'] = (1 if sign == '+' else -1) * (hh * 3600 + mm * 60 + ss)
                pos += 1 + used
        elif d == 'Z':
            start = pos
            while pos < len(s) and s[pos].isalpha():
                pos += 1
            name = s[start:pos].lower()
            found['Zname'] = s[start:pos]
            if name in ('utc', 'gmt'):
                found['Z'] = 0
            elif name in [z.lower() for z in time.tzname]:
                found['Z'] = [z.lower() for z in time.tzname].index(name)
            else:
                raise _NoMatch
        else:
            raise ValueError("'%s' is a bad directive in format '%s'" % (d, '%' + d))
    return found, pos


def _days_before_year(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


_DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]


def _days_in_month(y, m):
    return [31, 29 if _is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]


def _ordinal(y, m, d):
    return _days_before_year(y) + _DAYS_BEFORE_MONTH[m] + (1 if m > 2 and _is_leap(y) else 0) + d


def _from_ordinal(n):
    y = max(1, n * 400 // 146097)
    while _days_before_year(y) >= n:
        y -= 1
    while _days_before_year(y + 1) < n:
        y += 1
    doy = n - _days_before_year(y)
    m = 12
    while _ordinal(y, m, 0) >= doy + _days_before_year(y):
        m -= 1
    return y, m, n - _ordinal(y, m, 0)


def _julian_from_week(year, week, weekday, starts_monday):
    """Day of the year for week %U (weeks start on Sunday) or %W (on Monday) and a weekday (Monday is 0)."""
    first = (_ordinal(year, 1, 1) + 6) % 7
    if not starts_monday:
        first = (first + 1) % 7
        weekday = (weekday + 1) % 7
    if week == 0:
        return 1 + weekday - first
    return 1 + (7 - first) % 7 + 7 * (week - 1) + weekday


def _julian_from_iso(iso_year, iso_week, iso_weekday):
    """(year, day of the year) of an ISO year, week and weekday (Monday is 1)."""
    correction = (_ordinal(iso_year, 1, 4) + 6) % 7 + 1 + 3
    julian = iso_week * 7 + iso_weekday - correction
    if julian < 1:
        julian += _ordinal(iso_year, 1, 1)
        iso_year -= 1
        julian -= _ordinal(iso_year, 1, 1)
    return iso_year, julian


def _strptime(data_string, format='%a %b %d %H:%M:%S %Y'):
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            msg = "strptime() argument {} must be str, not {}"
            raise TypeError(msg.format(index, type(arg)))
    try:
        found, pos = _parse(data_string, _expand(format))
    except _NoMatch:
        raise ValueError("time data %r does not match format %r" % (data_string, format)) from None
    if pos != len(data_string):
        raise ValueError("unconverted data remains: %s" % data_string[pos:])
    year = None
    if 'Y' in found:
        year = found['Y']
    elif 'y' in found:
        year = found['y'] + (2000 if found['y'] <= 68 else 1900)
    month = found.get('b', -1) + 1 if 'b' in found else found.get('m', 1)
    day = found.get('d', 1)
    hour = found.get('H', 0)
    if 'I' in found:
        hour = found['I'] % 12
        if found.get('p') == 'pm':
            hour += 12
    minute = found.get('M', 0)
    second = found.get('S', 0)
    fraction = found.get('f', 0)
    # The weekday (Monday is 0) as %a/%A, %w (Sunday is 0) or %u (Monday is 1) gave it.
    weekday = None
    if 'a' in found:
        weekday = found['a']
    elif 'w' in found:
        weekday = (found['w'] - 1) % 7
    elif 'u' in found:
        weekday = found['u'] - 1
    julian = found.get('j')
    iso_year, iso_week = found.get('G'), found.get('V')
    week_of_year = found.get('U', found.get('W'))
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' "
                             "and a weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
    elif week_of_year is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' "
                             "and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")
    # Without a year, February 29 is parsed in a leap year and reported as 1900 (as CPython does).
    leap_year_fix = year is None and month == 2 and day == 29
    if year is None:
        year = 1904 if leap_year_fix else 1900
    if julian is None and weekday is not None:
        if week_of_year is not None:
            julian = _julian_from_week(year, week_of_year, weekday, 'W' in found)
        elif iso_year is not None and iso_week is not None:
            year, julian = _julian_from_iso(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is None:
        if day > _days_in_month(year, month):
            raise ValueError("day is out of range for month")
        ordinal = _ordinal(year, month, day)
        julian = ordinal - _days_before_year(year)
    else:
        ordinal = _days_before_year(year) + julian
        year, month, day = _from_ordinal(ordinal)
    if weekday is None:
        weekday = (ordinal + 6) % 7
    if leap_year_fix:
        year = 1900
    wday, yday = weekday, julian
    isdst = -1
    if 'Z' in found:
        isdst = found['Z'] if 'Z' in found and time.daylight or found['Z'] == 0 else -1
        if found['Z'] == 1 and not time.daylight:
            isdst = -1
    gmtoff = found.get('z')
    zone = found.get('Zname')
    return (year, month, day, hour, minute, second, wday, yday, isdst, zone, gmtoff), fraction


def _strptime_time(data_string, format='%a %b %d %H:%M:%S %Y'):
    tt = _strptime(data_string, format)[0]
    return time.struct_time(tt[:9] + tt[9:])
