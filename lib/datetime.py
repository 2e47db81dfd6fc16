"""Concrete date/time and related types (Sharpy's own implementation).

timedelta, date, time, datetime, tzinfo and timezone (fixed offsets) with CPython 3.11's
arithmetic, comparisons, reprs, isoformat/fromisoformat and strftime (C locale).
The clock and the local time zone come from the time module (time.time, time.localtime).
"""

import math as _math
import time as _time
from fractions import Fraction as _Fraction

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR",
           "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_dbm = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_dbm)
    _dbm += _dim
del _dbm, _dim

_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_FULL_MONTHNAMES = [None, "January", "February", "March", "April", "May", "June", "July",
                    "August", "September", "October", "November", "December"]
_DAYNAMES = [None, "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULL_DAYNAMES = [None, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd2ord(year, month, day):
    # _days_before_year and _is_leap written out: this runs for every datetime addition and comparison.
    y = year - 1
    n = y * 365 + y // 4 - y // 100 + y // 400 + _DAYS_BEFORE_MONTH[month] + day
    if month > 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        n += 1
    return n


def _ord2ymd(n):
    """ordinal -> (year, month, day); day 1 is 0001-01-01."""
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1


def _check_int(value):
    if isinstance(value, int):
        return value
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return method(value)


def _check_date_fields(year, month, day):
    year, month, day = _check_int(year), _check_int(month), _check_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f'year {year} is out of range')
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour, minute = _check_int(hour), _check_int(minute)
    second, microsecond = _check_int(second), _check_int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass")


def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


def _format_offset(off, sep=':'):
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    hh, mm = divmod(off, timedelta(hours=1))
    mm, ss = divmod(mm, timedelta(minutes=1))
    s = f'{sign}{hh:02d}{sep}{mm:02d}'
    if ss or ss.microseconds:
        s += f'{sep}{ss.seconds:02d}'
        if ss.microseconds:
            s += f'.{ss.microseconds:06d}'
    return s


_TIMESPECS = {
    'hours': '{:02d}',
    'minutes': '{:02d}:{:02d}',
    'seconds': '{:02d}:{:02d}:{:02d}',
    'milliseconds': '{:02d}:{:02d}:{:02d}.{:03d}',
    'microseconds': '{:02d}:{:02d}:{:02d}.{:06d}',
}


def _format_time(hh, mm, ss, us, timespec='auto'):
    if timespec == 'auto':
        if not us:
            return f'{hh:02d}:{mm:02d}:{ss:02d}'
        timespec = 'microseconds'
    elif timespec == 'milliseconds':
        us //= 1000
    fmt = _TIMESPECS.get(timespec)
    if fmt is None:
        raise ValueError('Unknown timespec value')
    return fmt.format(hh, mm, ss, us)


def _strftime(fmt, dt, is_date=False, is_time=False):
    """C-locale strftime for a date/time/datetime-like object."""
    year = getattr(dt, 'year', 1900)
    month = getattr(dt, 'month', 1)
    day = getattr(dt, 'day', 1)
    hour = getattr(dt, 'hour', 0)
    minute = getattr(dt, 'minute', 0)
    second = getattr(dt, 'second', 0)
    micro = getattr(dt, 'microsecond', 0)
    weekday = (_ymd2ord(year, month, day) + 6) % 7         # Monday == 0
    yday = _ymd2ord(year, month, day) - _ymd2ord(year, 1, 1) + 1
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch != '%' or i + 1 >= n:
            out.append(ch)
            i += 1
            continue
        code = fmt[i + 1]
        i += 2
        if code == 'Y':
            out.append(str(year))
        elif code == 'y':
            out.append(f'{year % 100:02d}')
        elif code == 'm':
            out.append(f'{month:02d}')
        elif code == 'd':
            out.append(f'{day:02d}')
        elif code == 'H':
            out.append(f'{hour:02d}')
        elif code == 'I':
            out.append(f'{(hour % 12) or 12:02d}')
        elif code == 'M':
            out.append(f'{minute:02d}')
        elif code == 'S':
            out.append(f'{second:02d}')
        elif code == 'f':
            out.append(f'{micro:06d}')
        elif code == 'p':
            out.append('AM' if hour < 12 else 'PM')
        elif code == 'b' or code == 'h':
            out.append(_MONTHNAMES[month])
        elif code == 'B':
            out.append(_FULL_MONTHNAMES[month])
        elif code == 'a':
            out.append(_DAYNAMES[weekday + 1])
        elif code == 'A':
            out.append(_FULL_DAYNAMES[weekday + 1])
        elif code == 'w':
            out.append(str((weekday + 1) % 7))
        elif code == 'u':
            out.append(str(weekday + 1))
        elif code == 'j':
            out.append(f'{yday:03d}')
        elif code == 'U':
            out.append(f'{(yday + 6 - (weekday + 1) % 7) // 7:02d}')
        elif code == 'W':
            out.append(f'{(yday + 6 - weekday) // 7:02d}')
        elif code in 'GV':
            iso_year, iso_week, _ = _isocalendar(year, month, day)
            out.append(str(iso_year) if code == 'G' else f'{iso_week:02d}')
        elif code == 'c':
            out.append(f'{_DAYNAMES[weekday + 1]} {_MONTHNAMES[month]} {day:2d} '
                       f'{hour:02d}:{minute:02d}:{second:02d} {year}')
        elif code == 'x':
            out.append(f'{month:02d}/{day:02d}/{year % 100:02d}')
        elif code == 'X':
            out.append(f'{hour:02d}:{minute:02d}:{second:02d}')
        elif code == 'D':
            out.append(f'{month:02d}/{day:02d}/{year % 100:02d}')
        elif code == 'T':
            out.append(f'{hour:02d}:{minute:02d}:{second:02d}')
        elif code == 'F':
            out.append(f'{year}-{month:02d}-{day:02d}')
        elif code == 'R':
            out.append(f'{hour:02d}:{minute:02d}')
        elif code == 'e':
            out.append(f'{day:2d}')
        # glibc's extensions, which CPython passes through to the C library.
        elif code == 'C':
            out.append(f'{year // 100:02d}')
        elif code == 'g':
            out.append(f'{_isocalendar(year, month, day)[0] % 100:02d}')
        elif code == 'k':
            out.append(f'{hour:2d}')
        elif code == 'l':
            out.append(f'{(hour % 12) or 12:2d}')
        elif code == 'P':
            out.append('am' if hour < 12 else 'pm')
        elif code == 'r':
            out.append(f'{(hour % 12) or 12:02d}:{minute:02d}:{second:02d} {"AM" if hour < 12 else "PM"}')
        elif code == 'n':
            out.append('\n')
        elif code == 't':
            out.append('\t')
        elif code == 'z':
            off = dt.utcoffset() if hasattr(dt, 'utcoffset') and not is_date else None
            out.append(_format_offset(off, '') if off is not None else '')
        elif code == 'Z':
            name = dt.tzname() if hasattr(dt, 'tzname') and not is_date else None
            out.append(name.replace('%', '%%') if name else '')
        elif code == '%':
            out.append('%')
        elif code in '-_0^#EO' or code.isdigit():
            # glibc's flags and widths (%-d, %5Y, %^a): CPython hands these to the C library, as time.strftime does.
            j = i - 1
            while j < n and (fmt[j] in '-_0^#EO' or fmt[j].isdigit()):
                j += 1
            spec = fmt[i - 2:j + 1]
            i = j + 1
            out.append(_time.strftime(spec, _struct_time(year, month, day, hour, minute, second, -1)))
        else:
            out.append('%' + code)
    return ''.join(out)


def _struct_time(y, m, d, hh, mm, ss, dstflag):
    yday = _ymd2ord(y, m, d) - _ymd2ord(y, 1, 1) + 1
    weekday = (_ymd2ord(y, m, d) + 6) % 7
    return _time.struct_time((y, m, d, hh, mm, ss, weekday, yday, dstflag))


def _isocalendar(year, month, day):
    def week1_monday(y):
        first = _ymd2ord(y, 1, 1)
        first_weekday = (first + 6) % 7
        monday = first - first_weekday
        if first_weekday > 3:
            monday += 7
        return monday
    iso_year = year
    week1 = week1_monday(iso_year)
    today = _ymd2ord(year, month, day)
    week, day_ = divmod(today - week1, 7)
    if week < 0:
        iso_year -= 1
        week1 = week1_monday(iso_year)
        week, day_ = divmod(today - week1, 7)
    elif week >= 52:
        if today >= week1_monday(iso_year + 1):
            iso_year += 1
            week = 0
    return iso_year, week + 1, day_ + 1


_object_new = object.__new__


def _new_timedelta(cls, total):
    """A cls instance of total microseconds (range-checked, normalised as CPython does)."""
    days, rest = divmod(total, 86400000000)
    if not -999999999 <= days <= 999999999:
        if not -2**31 <= days < 2**31:       # CPython reads the day count as a C int first
            raise OverflowError("Python int too large to convert to C int")
        raise OverflowError(f"days={days}; must have magnitude <= 999999999")
    self = _object_new(cls)
    self._days = days
    self._seconds, self._microseconds = divmod(rest, 1000000)
    self._hashcode = -1
    return self


# Constructors for results whose fields are already valid (arithmetic on exact date and datetime):
# the public constructors' argument checks are most of the cost of `d + timedelta(...)`.
def _new_date(year, month, day, cls=None):
    self = _object_new(cls or date)
    self._year = year
    self._month = month
    self._day = day
    self._hashcode = -1
    return self


def _new_datetime(year, month, day, hour, minute, second, microsecond, tzinfo, fold=0, cls=None):
    self = _object_new(cls or datetime)
    self._year = year
    self._month = month
    self._day = day
    self._hour = hour
    self._minute = minute
    self._second = second
    self._microsecond = microsecond
    self._tzinfo = tzinfo
    self._hashcode = -1
    self._fold = fold
    return self


class timedelta:
    """Difference between two datetime values."""
    __sharpy_tp_name__ = 'datetime.timedelta'   # CPython's C type name, shown in error messages

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        # Plain ints (the usual call) need no per-argument dispatch or Fraction arithmetic.
        if (type(days) is int and type(seconds) is int and type(microseconds) is int and
                type(milliseconds) is int and type(minutes) is int and type(hours) is int and
                type(weeks) is int):
            d, us = divmod(((days + weeks * 7) * 86400 + seconds + minutes * 60 + hours * 3600) * 1000000 +
                           milliseconds * 1000 + microseconds, 86400000000)
            if -999999999 <= d <= 999999999:
                self = _object_new(cls)
                self._days = d
                self._seconds, self._microseconds = divmod(us, 1000000)
                self._hashcode = -1
                return self
            return _new_timedelta(cls, d * 86400000000 + us)     # raises OverflowError
        total = 0
        for value, scale in ((days, 86400000000), (seconds, 1000000), (microseconds, 1),
                             (milliseconds, 1000), (minutes, 60000000), (hours, 3600000000),
                             (weeks, 604800000000)):
            if isinstance(value, float):
                if not _math.isfinite(value):
                    raise ValueError(f"cannot convert float {value} to integer") if value == value \
                        else ValueError("cannot convert float NaN to integer")
                total += _Fraction(value) * scale
            elif isinstance(value, int):
                total += value * scale
            else:
                raise TypeError(f"unsupported type for timedelta {_arg_name(scale)} component: "
                                f"{type(value).__name__}")
        if not isinstance(total, int):
            total = round(total)          # Fraction rounding: half to even
        return cls._from_microseconds(total)

    @classmethod
    def _from_microseconds(cls, total):
        return _new_timedelta(cls, total)

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def __repr__(self):
        args = []
        if self._days:
            args.append(f"days={self._days}")
        if self._seconds:
            args.append(f"seconds={self._seconds}")
        if self._microseconds:
            args.append(f"microseconds={self._microseconds}")
        if not args:
            args.append('0')
        return f"{self.__class__.__module__}.{self.__class__.__qualname__}({', '.join(args)})"

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = f"{hh}:{mm:02d}:{ss:02d}"
        if self._days:
            plural = 's' if abs(self._days) != 1 else ''
            s = f"{self._days} day{plural}, " + s
        if self._microseconds:
            s += f".{self._microseconds:06d}"
        return s

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._to_microseconds() / 10 ** 6

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _new_timedelta(timedelta,
                                  (self._days + other._days) * 86400000000 +
                                  (self._seconds + other._seconds) * 1000000 +
                                  self._microseconds + other._microseconds)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _new_timedelta(timedelta,
                                  (self._days - other._days) * 86400000000 +
                                  (self._seconds - other._seconds) * 1000000 +
                                  self._microseconds - other._microseconds)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_microseconds())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() * other)
        if isinstance(other, float):
            return timedelta._from_microseconds(round(self._to_microseconds() * _Fraction(other)))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if not isinstance(other, (int, timedelta)):
            return NotImplemented
        usec = self._to_microseconds()
        if isinstance(other, timedelta):
            return usec // other._to_microseconds()
        return timedelta._from_microseconds(usec // other)

    def __truediv__(self, other):
        if not isinstance(other, (int, float, timedelta)):
            return NotImplemented
        usec = self._to_microseconds()
        if isinstance(other, timedelta):
            return usec / other._to_microseconds()
        if isinstance(other, int):
            return timedelta._from_microseconds(round(_Fraction(usec, other)))
        return timedelta._from_microseconds(round(usec / _Fraction(other)))

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() % other._to_microseconds())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (self.__class__, self._key())


def _arg_name(scale):
    return {86400000000: 'days', 1000000: 'seconds', 1: 'microseconds', 1000: 'milliseconds',
            60000000: 'minutes', 3600000000: 'hours', 604800000000: 'weeks'}[scale]


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class _IsoCalendarDate(tuple):
    __sharpy_tp_name__ = 'datetime.IsoCalendarDate'   # CPython's C type name, shown in error messages
    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return f'datetime.IsoCalendarDate(year={self[0]}, week={self[1]}, weekday={self[2]})'


_IsoCalendarDate.__name__ = 'IsoCalendarDate'




def _parse_isoformat_date(s):
    if len(s) == 10 and s[4] == '-' and s[7] == '-' and (s[:4] + s[5:7] + s[8:]).isdigit():
        return int(s[:4]), int(s[5:7]), int(s[8:])
    if len(s) == 8 and s.isdigit():
        return int(s[:4]), int(s[4:6]), int(s[6:])
    raise ValueError


def _parse_isoformat_time(s):
    tz = None
    for i, ch in enumerate(s):
        if ch in '+-Z':
            s, tz_text = s[:i], s[i:]
            if tz_text == 'Z':
                tz = timezone.utc
            else:
                sign = -1 if tz_text[0] == '-' else 1
                h, m, sec, us = _parse_hms(tz_text[1:])
                tz = timezone(sign * timedelta(hours=h, minutes=m, seconds=sec, microseconds=us))
            break
    h, m, sec, us = _parse_hms(s)
    return h, m, sec, us, tz


def _parse_hms(s):
    frac = 0
    for sep in '.,':
        if sep in s:
            s, frac_text = s.split(sep, 1)
            if not frac_text.isdigit():
                raise ValueError
            frac = int((frac_text + '000000')[:6])
            break
    parts = s.split(':') if ':' in s else [s[i:i + 2] for i in range(0, len(s), 2)]
    if not 1 <= len(parts) <= 3 or not all(len(p) == 2 and p.isdigit() for p in parts):
        raise ValueError
    values = [int(p) for p in parts] + [0] * (3 - len(parts))
    return values[0], values[1], values[2], frac


class date:
    """date(year, month, day) --> date object"""
    __sharpy_tp_name__ = 'datetime.date'   # CPython's C type name, shown in error messages

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        # Plain in-range ints (the usual call) skip the field checks' helper calls.
        if (type(year) is int and type(month) is int and type(day) is int and MINYEAR <= year <= MAXYEAR and
                1 <= month <= 12 and 1 <= day and (day <= 28 or day <= _days_in_month(year, month))):
            return _new_date(year, month, day, cls)
        if (month is None and isinstance(year, (bytes, str)) and len(year) == 4 and
                1 <= ord(year[2:3]) <= 12):
            # the pickle state (CPython's 4-byte format)
            if isinstance(year, str):
                year = year.encode('latin1')
            self = object.__new__(cls)
            self._date_setstate(year)
            self._hashcode = -1
            return self
        year, month, day = _check_date_fields(year, month, day)
        return _new_date(year, month, day, cls)

    def _date_setstate(self, string):
        yhi, ylo, self._month, self._day = string
        self._year = yhi * 256 + ylo

    @classmethod
    def today(cls):
        """The current local date (a datetime for datetime.today())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        """The local date of a POSIX timestamp."""
        y, m, d = _time.localtime(t)[:3]
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        """Construct a date from a proleptic Gregorian ordinal (January 1 of year 1 is day 1)."""
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError(f'ordinal must be in 1..{_MAXORDINAL}')
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        """Construct a date from a string in ISO 8601 format."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        # Only a malformed string is "Invalid isoformat string"; out-of-range fields are the
        # constructor's errors ("month must be in 1..12"), as in CPython's C implementation.
        try:
            fields = _parse_isoformat_date(date_string)
        except ValueError:
            raise ValueError(f'Invalid isoformat string: {date_string!r}') from None
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """Construct a date from the ISO year, week number and weekday."""
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError(f"Year is out of range: {year}")
        if not 0 < week < 53:
            out_of_range = True
            if week == 53:
                first_weekday = _ymd2ord(year, 1, 1) % 7
                if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                    out_of_range = False
            if out_of_range:
                raise ValueError(f"Invalid week: {week}")
        if not 0 < day < 8:
            raise ValueError(f"Invalid weekday: {day} (range is [1, 7])")
        first = _ymd2ord(year, 1, 1)
        first_weekday = (first + 6) % 7
        week1_monday = first - first_weekday + (7 if first_weekday > 3 else 0)
        return cls(*_ord2ymd(week1_monday + (week - 1) * 7 + (day - 1)))

    def __repr__(self):
        return f"{self.__class__.__module__}.{self.__class__.__qualname__}({self._year}, {self._month}, {self._day})"

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return f"{_DAYNAMES[weekday]} {_MONTHNAMES[self._month]} {self._day:2d} 00:00:00 {self._year:04d}"

    def strftime(self, fmt):
        return _strftime(fmt, self, is_date=True)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f"must be str, not {type(fmt).__name__}")
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        return f"{self._year:04d}-{self._month:02d}-{self._day:02d}"

    __str__ = isoformat

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def _date_key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return self._date_key() == other._date_key()
        return NotImplemented

    def _compare(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return _cmp(self._date_key(), other._date_key())
        return None

    def __lt__(self, other):
        c = self._compare(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._compare(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._compare(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._compare(other)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(('date',) + self._date_key())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = _ymd2ord(self._year, self._month, self._day) + other._days
            if 0 < o <= _MAXORDINAL:
                if type(self) is date:
                    return _new_date(*_ord2ymd(o))
                return type(self)(*_ord2ymd(o))   # as CPython's new_date_subclass_ex
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        """Return day of the week, where Monday == 0 ... Sunday == 6."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Return day of the week, where Monday == 1 ... Sunday == 7."""
        return self.toordinal() % 7 or 7

    def timetuple(self):
        """The date as a time.struct_time (time fields 0, DST flag -1)."""
        return _struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        return _IsoCalendarDate(*_isocalendar(self._year, self._month, self._day))

    def _getstate(self):
        yhi, ylo = divmod(self._year, 256)
        return (bytes([yhi, ylo, self._month, self._day]),)

    def __reduce__(self):
        # CPython 3.11: date.__reduce__ (the compact byte-string state)
        return (self.__class__, self._getstate())


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class tzinfo:
    """Abstract base class for time zone info objects."""
    __sharpy_tp_name__ = 'datetime.tzinfo'   # CPython's C type name, shown in error messages
    __slots__ = ()

    def __reduce__(self):
        # CPython 3.11: tzinfo.__reduce__ (arguments from __getinitargs__, then the state)
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs else ()
        return (self.__class__, args, self._tzinfo_state())

    def _tzinfo_state(self):
        return getattr(self, '__dict__', None) or None

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent results; cannot convert")
        return dt + dtdst


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object"""
    __sharpy_tp_name__ = 'datetime.time'   # CPython's C type name, shown in error messages

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_hashcode', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if (isinstance(hour, (bytes, str)) and len(hour) == 6 and ord(hour[0:1]) & 0x7F < 24):
            # the pickle state (CPython's 6-byte format); minute holds the tzinfo
            if isinstance(hour, str):
                hour = hour.encode('latin1')
            self = object.__new__(cls)
            self._time_setstate(hour, minute or None)
            self._hashcode = -1
            return self
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second,
                                                                     microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def __eq__(self, other):
        if isinstance(other, time):
            return self.utcoffset() == other.utcoffset() and self._key() == other._key() \
                if self._tzinfo is not other._tzinfo else self._key() == other._key()
        return NotImplemented

    def _compare(self, other):
        if not isinstance(other, time):
            return None
        if self._tzinfo is other._tzinfo:
            return _cmp(self._key(), other._key())
        a, b = self.utcoffset(), other.utcoffset()
        if (a is None) != (b is None):
            raise TypeError("cannot compare naive and aware times")
        if a == b:
            return _cmp(self._key(), other._key())
        am = self._hour * 60 + self._minute - a // timedelta(minutes=1)
        bm = other._hour * 60 + other._minute - b // timedelta(minutes=1)
        return _cmp((am, self._second, self._microsecond), (bm, other._second, other._microsecond))

    def __lt__(self, other):
        c = self._compare(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._compare(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._compare(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._compare(other)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __repr__(self):
        if self._microsecond != 0:
            s = f", {self._second}, {self._microsecond}"
        elif self._second != 0:
            s = f", {self._second}"
        else:
            s = ""
        s = f"{self.__class__.__module__}.{self.__class__.__qualname__}({self._hour}, {self._minute}{s})"
        if self._tzinfo is not None:
            s = s[:-1] + f", tzinfo={self._tzinfo!r})"
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def isoformat(self, timespec='auto'):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        text = time_string[1:] if time_string.startswith('T') else time_string
        try:
            h, m, s, us, tz = _parse_isoformat_time(text)
        except ValueError:
            raise ValueError(f'Invalid isoformat string: {time_string!r}') from None
        return cls(h, m, s, us, tz)

    def strftime(self, fmt):
        return _strftime(fmt, self, is_time=True)

    def __format__(self, fmt):
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.utcoffset(None)

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def dst(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.dst(None)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *,
                fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _getstate(self, protocol=3):
        us2, us3 = divmod(self._microsecond, 256)
        us1, us2 = divmod(us2, 256)
        h = self._hour
        if self._fold and protocol > 3:
            h += 128
        basestate = bytes([h, self._minute, self._second, us1, us2, us3])
        return (basestate,) if self._tzinfo is None else (basestate, self._tzinfo)

    def _time_setstate(self, string, tzinfo):
        if tzinfo is not None and not isinstance(tzinfo, _tzinfo_class):
            raise TypeError("bad tzinfo state arg")
        h, self._minute, self._second, us1, us2, us3 = string
        if h > 127:
            self._fold = 1
            self._hour = h - 128
        else:
            self._fold = 0
            self._hour = h
        self._microsecond = (((us1 << 8) | us2) << 8) | us3
        self._tzinfo = tzinfo

    def __reduce_ex__(self, protocol):
        # CPython 3.11: time.__reduce_ex__ (byte-string state, fold only for protocol > 3)
        return (self.__class__, self._getstate(protocol))

    def __reduce__(self):
        return self.__reduce_ex__(2)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _type_name(obj):
    """The type's name as CPython's C datetime module shows it: its own types are 'datetime.date'."""
    cls = type(obj)
    return f"datetime.{cls.__qualname__}" if cls.__module__ == 'datetime' else cls.__name__


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])"""
    __sharpy_tp_name__ = 'datetime.datetime'   # CPython's C type name, shown in error messages

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        # Plain in-range ints and no tzinfo (the usual call) skip the field checks' helper calls.
        if (tzinfo is None and type(year) is int and type(month) is int and type(day) is int and
                type(hour) is int and type(minute) is int and type(second) is int and
                type(microsecond) is int and type(fold) is int and MINYEAR <= year <= MAXYEAR and
                1 <= month <= 12 and 1 <= day and (day <= 28 or day <= _days_in_month(year, month)) and
                0 <= hour <= 23 and 0 <= minute <= 59 and 0 <= second <= 59 and
                0 <= microsecond <= 999999 and 0 <= fold <= 1):
            return _new_datetime(year, month, day, hour, minute, second, microsecond, None, fold, cls)
        if (isinstance(year, (bytes, str)) and len(year) == 10 and
                1 <= ord(year[2:3]) & 0x7F <= 12):
            # the pickle state (CPython's 10-byte format); month holds the tzinfo
            if isinstance(year, str):
                year = bytes(year, 'latin1')
            self = object.__new__(cls)
            self._datetime_setstate(year, month)
            self._hashcode = -1
            return self
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second,
                                                                     microsecond, fold)
        _check_tzinfo(tzinfo)
        return _new_datetime(year, month, day, hour, minute, second, microsecond, tzinfo, fold, cls)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def now(cls, tz=None):
        """The current local time, or the current time in tz."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """The current UTC time as a naive datetime."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """Local time of a POSIX timestamp (naive), or its time in tz."""
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                            f"not type '{type(tz).__name__}'")
        return cls._from_timestamp(t, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        """UTC time of a POSIX timestamp as a naive datetime."""
        return cls._from_timestamp(t, True, None)

    @classmethod
    def _from_timestamp(cls, t, utc, tz):
        # CPython 3.11: Lib/datetime.py datetime._fromtimestamp (microseconds rounded half to even; a
        # local time repeated by a DST change gets fold=1 on its second occurrence).
        if isinstance(t, float) and (t != t or t in (float('inf'), float('-inf'))):
            raise ValueError("Invalid value NaN (not a number)" if t != t else "cannot convert float infinity to integer")
        frac, t = _math.modf(t)
        us = round(frac * 1e6)
        if us >= 1000000:
            t += 1
            us -= 1000000
        elif us < 0:
            t -= 1
            us += 1000000
        convert = _time.gmtime if utc else _time.localtime
        y, m, d, hh, mm, ss = convert(t)[:6]
        result = cls(y, m, d, hh, mm, min(ss, 59), us, tz)
        if tz is None and not utc:
            day = 24 * 3600
            y, m, d, hh, mm, ss = convert(t - day)[:6]
            transition = result - cls(y, m, d, hh, mm, ss, us) - timedelta(0, day)
            if transition.days < 0:
                y, m, d, hh, mm, ss = convert(t + transition // timedelta(0, 1))[:6]
                if cls(y, m, d, hh, mm, ss, us) == result:
                    result._fold = 1
        elif tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """Construct a datetime from a given date and a given time."""
        if not isinstance(date, globals()['date']):
            raise TypeError("combine() argument 1 must be datetime.date, not "
                            f"{type(date).__name__}")
        if not isinstance(time, globals()['time']):
            raise TypeError("combine() argument 2 must be datetime.time, not "
                            f"{type(time).__name__}")
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """Construct a datetime from a string in one of the ISO 8601 formats."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            if len(date_string) < 7:
                raise ValueError
            date_part, time_part = date_string[:10], date_string[11:]
            if len(date_string) > 10 and date_string[10] not in 'T ':
                if date_string[:8].isdigit() and len(date_string) > 8 and date_string[8] in 'T ':
                    date_part, time_part = date_string[:8], date_string[9:]
                else:
                    raise ValueError
            y, mo, d = _parse_isoformat_date(date_part)
            if time_part:
                h, mi, s, us, tz = _parse_isoformat_time(time_part)
            else:
                h = mi = s = us = 0
                tz = None
        except ValueError:
            raise ValueError(f'Invalid isoformat string: {date_string!r}') from None
        return cls(y, mo, d, h, mi, s, us, tz)   # 3.11 has no "24:00" rollover: hour 24 is out of range

    @classmethod
    def strptime(cls, date_string, format):
        """Parse date_string with format (the directives of time.strptime)."""
        import _strptime
        fields, fraction = _strptime._strptime(date_string, format)
        zone, gmtoff = fields[-2:]
        args = tuple(fields[:6]) + (fraction,)
        if gmtoff is not None:
            offset = timedelta(seconds=gmtoff)
            args += (timezone(offset, zone) if zone else timezone(offset),)
        return cls(*args)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def timetuple(self):
        """Local time as a time.struct_time; the DST flag comes from dst() (-1 when unknown)."""
        dst = self.dst()
        flag = -1 if dst is None else int(bool(dst))
        return _struct_time(self._year, self._month, self._day, self._hour, self._minute, self._second, flag)

    def utctimetuple(self):
        """UTC time as a time.struct_time (an aware datetime is shifted by its offset first; DST flag 0)."""
        off = self.utcoffset()
        dt = self - off if off else self
        return _struct_time(dt._year, dt._month, dt._day, dt._hour, dt._minute, dt._second, 0)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _local_timezone(self):
        """The local zone in effect at this time, as a fixed-offset timezone named like time.localtime's."""
        seconds = self._mktime() if self._tzinfo is None else (self - _EPOCH) // timedelta(seconds=1)
        local = _time.localtime(seconds)
        return timezone(timedelta(seconds=local.tm_gmtoff), local.tm_zone)

    def _mktime(self):
        """POSIX timestamp (whole seconds) of this naive local time, honouring fold in repeated hours."""
        # CPython 3.11: Lib/datetime.py datetime._mktime (solve local(u) == t for u).
        epoch = datetime(1970, 1, 1)
        day = 24 * 3600
        t = (self - epoch) // timedelta(0, 1)

        def local(u):
            y, m, d, hh, mm, ss = _time.localtime(u)[:6]
            return (datetime(y, m, d, hh, mm, ss) - epoch) // timedelta(0, 1)

        a = local(t) - t
        u1 = t - a
        t1 = local(u1)
        if t1 == t:
            u2 = u1 + (-day, day)[self._fold]
            b = local(u2) - u2
            if a == b:
                return u1
        else:
            b = t1 - u1
        u2 = t - b
        t2 = local(u2)
        if t2 == t:
            return u2
        if t1 == t:
            return u1
        return (max, min)[self._fold](u1, u2)

    def astimezone(self, tz=None):
        if tz is None:
            tz = self._local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError("tz argument must be an instance of tzinfo")
        mine = self._tzinfo
        if mine is None:
            mine = self._local_timezone()
            offset = mine.utcoffset(self)
        else:
            offset = mine.utcoffset(self)
            if offset is None:
                mine = self.replace(tzinfo=None)._local_timezone()
                offset = mine.utcoffset(self)
        if tz is mine:
            return self
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return (f"{_DAYNAMES[weekday]} {_MONTHNAMES[self._month]} {self._day:2d} "
                f"{self._hour:02d}:{self._minute:02d}:{self._second:02d} {self._year:04d}")

    def isoformat(self, sep='T', timespec='auto'):
        s = (f"{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}" +
             _format_time(self._hour, self._minute, self._second, self._microsecond, timespec))
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    def __repr__(self):
        L = [self._year, self._month, self._day, self._hour, self._minute, self._second,
             self._microsecond]
        if L[-1] == 0:
            del L[-1]
        if L[-1] == 0:
            del L[-1]
        s = f"{self.__class__.__module__}.{self.__class__.__qualname__}({', '.join(map(str, L))})"
        # CPython 3.11's C datetime_repr: fold comes before tzinfo (unlike time's repr)
        if self._fold:
            s = s[:-1] + ", fold=1)"
        if self._tzinfo is not None:
            s = s[:-1] + f", tzinfo={self._tzinfo!r})"
        return s

    def __str__(self):
        return self.isoformat(sep=' ')

    def strftime(self, fmt):
        return _strftime(fmt, self)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.utcoffset(self)

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(self)

    def dst(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.dst(self)

    def timestamp(self):
        if self._tzinfo is None:
            return self._mktime() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def _micro(self):
        return ((_ymd2ord(self._year, self._month, self._day) * 86400 + self._hour * 3600 +
                 self._minute * 60 + self._second) * 1000000 + self._microsecond)

    def _compare(self, other, allow_mixed=False):
        if not isinstance(other, datetime):
            return None
        if self._tzinfo is other._tzinfo:
            return _cmp(self._micro(), other._micro())
        a, b = self.utcoffset(), other.utcoffset()
        if (a is None) != (b is None):
            if allow_mixed:
                return 2        # naive != aware
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        if a is None:
            return _cmp(self._micro(), other._micro())
        return _cmp(self._micro() - a._to_microseconds(), other._micro() - b._to_microseconds())

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, allow_mixed=True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._compare(other) < 0
        if isinstance(other, date):
            raise TypeError(f"can't compare datetime.datetime to {_type_name(other)}")
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._compare(other) <= 0
        if isinstance(other, date):
            raise TypeError(f"can't compare datetime.datetime to {_type_name(other)}")
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._compare(other) > 0
        if isinstance(other, date):
            raise TypeError(f"can't compare datetime.datetime to {_type_name(other)}")
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._compare(other) >= 0
        if isinstance(other, date):
            raise TypeError(f"can't compare datetime.datetime to {_type_name(other)}")
        return NotImplemented

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        if type(self) is datetime:
            # Field arithmetic with carries (both microsecond and second parts are normalised, so
            # each carries at most once); the calendar is consulted only when the day changes.
            us = self._microsecond + other._microseconds
            secs = self._hour * 3600 + self._minute * 60 + self._second + other._seconds
            days = other._days
            if us >= 1000000:
                us -= 1000000
                secs += 1
            if secs >= 86400:
                secs -= 86400
                days += 1
            if days:
                o = _ymd2ord(self._year, self._month, self._day) + days
                if not 0 < o <= _MAXORDINAL:
                    raise OverflowError("date value out of range")
                y, m, d = _ord2ymd(o)
            else:
                y, m, d = self._year, self._month, self._day
            hh, secs = divmod(secs, 3600)
            mm, ss = divmod(secs, 60)
            return _new_datetime(y, m, d, hh, mm, ss, us, self._tzinfo)
        total = self._micro() + other._to_microseconds()
        days, rest = divmod(total, 86400 * 1000000)
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        seconds, us = divmod(rest, 1000000)
        hh, rest = divmod(seconds, 3600)
        mm, ss = divmod(rest, 60)
        y, m, d = _ord2ymd(days)
        # CPython's new_datetime_subclass_fold_ex: the subclass is called with the fields.
        return type(self)(y, m, d, hh, mm, ss, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        a, b = self.utcoffset(), other.utcoffset()
        if self._tzinfo is not other._tzinfo and (a is None) != (b is None):
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        diff = self._micro() - other._micro()
        if self._tzinfo is not other._tzinfo and a is not None:
            diff -= a._to_microseconds() - b._to_microseconds()
        return timedelta._from_microseconds(diff)

    def __hash__(self):
        if self._hashcode == -1:
            offset = self.utcoffset()
            micro = self._micro() - (offset._to_microseconds() if offset is not None else 0)
            self._hashcode = hash(micro)
        return self._hashcode

    def _getstate(self, protocol=3):
        yhi, ylo = divmod(self._year, 256)
        us2, us3 = divmod(self._microsecond, 256)
        us1, us2 = divmod(us2, 256)
        m = self._month
        if self._fold and protocol > 3:
            m += 128
        basestate = bytes([yhi, ylo, m, self._day, self._hour, self._minute, self._second,
                           us1, us2, us3])
        return (basestate,) if self._tzinfo is None else (basestate, self._tzinfo)

    def _datetime_setstate(self, string, tzinfo):
        if tzinfo is not None and not isinstance(tzinfo, _tzinfo_class):
            raise TypeError("bad tzinfo state arg")
        (yhi, ylo, m, self._day, self._hour, self._minute, self._second,
         us1, us2, us3) = string
        if m > 127:
            self._fold = 1
            self._month = m - 128
        else:
            self._fold = 0
            self._month = m
        self._year = yhi * 256 + ylo
        self._microsecond = (((us1 << 8) | us2) << 8) | us3
        self._tzinfo = tzinfo

    def __reduce_ex__(self, protocol):
        # CPython 3.11: datetime.__reduce_ex__ (byte-string state)
        return (self.__class__, self._getstate(protocol))

    def __reduce__(self):
        return self.__reduce_ex__(2)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""
    __sharpy_tp_name__ = 'datetime.timezone'   # CPython's C type name, shown in error messages

    __slots__ = ('_offset', '_name')

    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError("offset must be a timedelta")
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError("name must be a string")
        if not cls._minoffset <= offset <= cls._maxoffset:
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                             f"and timedelta(hours=24), not {offset!r}.")
        return cls._create(offset, name)

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def _tzinfo_state(self):
        return None

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return f"{self.__class__.__module__}.{self.__class__.__qualname__}({self._offset!r})"
        return f"{self.__class__.__module__}.{self.__class__.__qualname__}({self._offset!r}, {self._name!r})"

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        return self._offset

    def tzname(self, dt):
        if self._name is None:
            return self._name_from_offset(self._offset)
        return self._name

    def dst(self, dt):
        return None

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError("fromutc: dt.tzinfo is not self")
            return dt + self._offset
        raise TypeError("fromutc() argument must be a datetime instance or None")

    _maxoffset = timedelta(hours=24, microseconds=-1)
    _minoffset = -_maxoffset

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return 'UTC'
        if delta < timedelta(0):
            sign = '-'
            delta = -delta
        else:
            sign = '+'
        hours, rest = divmod(delta, timedelta(hours=1))
        minutes, rest = divmod(rest, timedelta(minutes=1))
        seconds = rest.seconds
        microseconds = rest.microseconds
        if microseconds:
            return f'UTC{sign}{hours:02d}:{minutes:02d}:{seconds:02d}.{microseconds:06d}'
        if seconds:
            return f'UTC{sign}{hours:02d}:{minutes:02d}:{seconds:02d}'
        return f'UTC{sign}{hours:02d}:{minutes:02d}'


UTC = timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


_tzinfo_class = tzinfo   # (tzinfo is shadowed by parameters in the state setters)


# CPython runs this module as C code (Modules/_datetimemodule.c): its frames add no traceback entries
# (Interpreter/NativeStandIns.cs).
import _sharpy_traceback  # noqa: E402
_sharpy_traceback.native_stand_in(globals())
del _sharpy_traceback
