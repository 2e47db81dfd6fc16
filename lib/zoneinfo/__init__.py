"""zoneinfo: IANA time zones from the system's TZif files (CPython 3.11's API).

ZoneInfo(key) reads TZPATH/<key> (RFC 8536: version 1 data, or the 64-bit data of version 2+ and the
POSIX TZ string that rules the times after the last transition). Offsets are whole seconds, as CPython's.
"""

import bisect as _bisect
import os as _os
import sys as _sys
from datetime import datetime as _datetime, timedelta as _timedelta, tzinfo as _tzinfo

__all__ = ['ZoneInfo', 'reset_tzpath', 'available_timezones', 'TZPATH', 'ZoneInfoNotFoundError',
           'InvalidTZPathWarning']

_DEFAULT_TZPATH = ('/usr/share/zoneinfo', '/usr/lib/zoneinfo', '/usr/share/lib/zoneinfo', '/etc/zoneinfo')


class ZoneInfoNotFoundError(KeyError):
    """Exception raised when a ZoneInfo key is not found."""


class InvalidTZPathWarning(RuntimeWarning):
    """Warning raised if an invalid path is specified in PYTHONTZPATH."""


def _parse_tzpath(env_var):
    if not env_var:
        return ()
    raw = env_var.split(_os.pathsep)
    new = tuple(p for p in raw if _os.path.isabs(p))
    if len(new) != len(raw):
        import warnings
        invalid = [p for p in raw if not _os.path.isabs(p)]
        warnings.warn("Invalid paths specified in PYTHONTZPATH environment variable. "
                      "Paths should be absolute but found the following relative paths:\n"
                      + "\n".join("    " + p for p in invalid), InvalidTZPathWarning, stacklevel=5)
    return new


def reset_tzpath(to=None):
    global TZPATH
    if to is not None:
        if isinstance(to, (str, bytes)):
            raise TypeError(f"tzpaths must be a list or tuple, not {type(to)}: {to!r}")
        if not all(map(_os.path.isabs, to)):
            raise ValueError(f"tzpaths must contain only absolute paths, not {[p for p in to if not _os.path.isabs(p)]}")
        TZPATH = tuple(to)
    else:
        env = _os.environ.get('PYTHONTZPATH', None)
        TZPATH = _parse_tzpath(env) if env is not None else _DEFAULT_TZPATH


TZPATH = ()
reset_tzpath()


def _validate_key(key):
    if _os.path.isabs(key):
        raise ValueError(f"ZoneInfo keys may not be absolute paths, got: {key}")
    normalized = _os.path.normpath(key)
    if len(normalized) != len(key):
        raise ValueError(f"ZoneInfo keys must be normalized relative paths, got: {key}")
    base = _os.path.normpath(_os.path.join('/', '_'))
    if not _os.path.normpath(_os.path.join(base, normalized)).startswith(base):
        raise ValueError(f"ZoneInfo keys must refer to subdirectories of TZPATH, got: {key}")


def _find_tzfile(key):
    _validate_key(key)
    for root in TZPATH:
        path = _os.path.join(root, key)
        if _os.path.isfile(path):
            return path
    return None


def available_timezones():
    """Every key found under TZPATH whose file starts with the TZif magic."""
    found = set()
    for root in TZPATH:
        if not _os.path.isdir(root):
            continue
        for dirpath, dirnames, files in _os.walk(root):
            if dirpath == root and 'right' in dirnames:
                dirnames.remove('right')
            if dirpath == root and 'posix' in dirnames:
                dirnames.remove('posix')
            for name in files:
                path = _os.path.join(dirpath, name)
                key = _os.path.relpath(path, root)
                if name.endswith(('.tab', '.zi', '.list')) or key in ('posixrules', 'localtime', 'leapseconds', 'tzdata.zi'):
                    continue
                try:
                    with open(path, 'rb') as f:
                        if f.read(4) == b'TZif':
                            found.add(key)
                except OSError:
                    pass
    return found


class _TTInfo:
    __slots__ = ('utcoff', 'dstoff', 'tzname')

    def __init__(self, utcoff, dstoff, tzname):
        self.utcoff, self.dstoff, self.tzname = utcoff, dstoff, tzname

    def __eq__(self, other):
        return (self.utcoff, self.dstoff, self.tzname) == (other.utcoff, other.dstoff, other.tzname)

    __hash__ = None


def _read_tzif(data):
    """(transition times in UTC seconds, per-transition type index, types as (utoff, isdst, abbr), footer)."""
    if data[:4] != b'TZif':
        raise ValueError("Invalid TZif file: magic not found")
    version = data[4]

    def block(start, wide):
        counts = [int.from_bytes(data[start + 20 + 4 * i:start + 24 + 4 * i], 'big') for i in range(6)]
        isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts
        pos = start + 44
        size = 8 if wide else 4
        times = [int.from_bytes(data[pos + size * i:pos + size * (i + 1)], 'big', signed=True) for i in range(timecnt)]
        pos += size * timecnt
        idx = list(data[pos:pos + timecnt])
        pos += timecnt
        types = []
        for i in range(typecnt):
            utoff = int.from_bytes(data[pos:pos + 4], 'big', signed=True)
            types.append((utoff, data[pos + 4], data[pos + 5]))
            pos += 6
        chars = data[pos:pos + charcnt]
        pos += charcnt + leapcnt * (size + 4) + isstdcnt + isutcnt
        types = [(utoff, isdst, chars[ai:chars.index(b'\x00', ai)].decode('ascii')) for utoff, isdst, ai in types]
        return times, idx, types, pos

    times, idx, types, end = block(0, False)
    footer = ''
    if version >= ord('2'):
        times, idx, types, end = block(end, True)
        rest = data[end:]
        if rest.startswith(b'\n'):
            footer = rest[1:rest.index(b'\n', 1)].decode('ascii')
    return times, idx, types, footer


def _dst_offsets(idx, types):
    """dst() of each type: for DST types, the difference to the standard offset in force around them."""
    dstoffs = [0] * len(types)
    for n, t in enumerate(idx):
        utoff, isdst, _ = types[t]
        if not isdst or dstoffs[t]:
            continue
        std = None
        if n > 0 and not types[idx[n - 1]][1]:
            std = types[idx[n - 1]][0]
        elif n + 1 < len(idx) and not types[idx[n + 1]][1]:
            std = types[idx[n + 1]][0]
        if std is not None and utoff != std:
            dstoffs[t] = utoff - std
    for i, (utoff, isdst, _) in enumerate(types):
        if isdst and not dstoffs[i]:
            dstoffs[i] = 3600
    return dstoffs


class ZoneInfo(_tzinfo):
    _cache = {}

    def __init_subclass__(cls):
        cls._cache = {}

    def __new__(cls, key):
        instance = cls._cache.get(key)
        if instance is None:
            instance = cls._cache.setdefault(key, cls._new_instance(key))
            instance._from_cache = True
        return instance

    @classmethod
    def no_cache(cls, key):
        instance = cls._new_instance(key)
        instance._from_cache = False
        return instance

    @classmethod
    def _new_instance(cls, key):
        path = _find_tzfile(key)
        if path is None:
            raise ZoneInfoNotFoundError(f"No time zone found with key {key}")
        with open(path, 'rb') as f:
            data = f.read()
        self = object.__new__(cls)
        self._key = key
        self._file_repr = None
        self._load(data)
        return self

    @classmethod
    def from_file(cls, fobj, /, key=None):
        self = object.__new__(cls)
        self._key = key
        self._file_repr = repr(fobj)
        self._load(fobj.read())
        self._from_cache = False
        return self

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        if only_keys is None:
            cls._cache.clear()
        else:
            for key in only_keys:
                cls._cache.pop(key, None)

    @property
    def key(self):
        return self._key

    def _load(self, data):
        times, idx, types, footer = _read_tzif(data)
        dstoffs = _dst_offsets(idx, types)
        infos = [_TTInfo(_timedelta(seconds=u), _timedelta(seconds=d), n) for (u, _, n), d in zip(types, dstoffs)]
        self._trans_utc = times
        self._ttinfos = [infos[i] for i in idx]
        # Before the first transition: the first standard-time type (RFC 8536 3.2), else type 0.
        before = next((infos[i] for i, t in enumerate(types) if not t[1]), infos[0] if infos else None)
        self._tti_before = before
        offsets = [types[i][0] for i in idx]
        first = before.utcoff // _timedelta(seconds=1) if before else 0
        wall0, wall1 = [], []
        for n, t in enumerate(times):
            a = offsets[n - 1] if n else first
            b = offsets[n]
            wall0.append(t + max(a, b))
            wall1.append(t + min(a, b))
        self._trans_local = (wall0, wall1)
        if footer:
            self._tz_after = _parse_tz_str(footer)
        elif self._ttinfos:
            self._tz_after = self._ttinfos[-1]
        else:
            self._tz_after = before

    def _find_trans(self, dt):
        ts = _local_seconds(dt)
        lt = self._trans_local[dt.fold]
        if lt and ts < lt[0]:
            return self._tti_before
        if not lt or ts > lt[-1]:
            if isinstance(self._tz_after, _TTInfo):
                return self._tz_after
            return self._tz_after.get_trans_info(ts, dt.year, dt.fold)
        return self._ttinfos[_bisect.bisect_right(lt, ts) - 1]

    def utcoffset(self, dt):
        return None if dt is None else self._find_trans(dt).utcoff

    def dst(self, dt):
        return None if dt is None else self._find_trans(dt).dstoff

    def tzname(self, dt):
        return None if dt is None else self._find_trans(dt).tzname

    def fromutc(self, dt):
        if not isinstance(dt, _datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        ts = _local_seconds(dt)
        trans = self._trans_utc
        if trans and ts < trans[0]:
            tti, fold = self._tti_before, False
        elif not trans or ts > trans[-1]:
            if isinstance(self._tz_after, _TTInfo):
                tti, fold = self._tz_after, False
            else:
                tti, fold = self._tz_after.get_trans_info_fromutc(ts, dt.year)
        else:
            i = _bisect.bisect_right(trans, ts)
            tti = self._ttinfos[i - 1]
            previous = self._ttinfos[i - 2] if i >= 2 else self._tti_before
            shift = (previous.utcoff - tti.utcoff) // _timedelta(seconds=1)
            fold = shift > ts - trans[i - 1]
        dt += tti.utcoff
        return dt.replace(fold=1) if fold else dt

    def __str__(self):
        return self._key if self._key is not None else repr(self)

    def __repr__(self):
        if self._key is not None:
            return f"{type(self).__name__ if type(self) is not ZoneInfo else 'zoneinfo.ZoneInfo'}(key={self._key!r})"
        return f"{'zoneinfo.ZoneInfo' if type(self) is ZoneInfo else type(self).__name__}.from_file({self._file_repr})"

    def __reduce__(self):
        return (self.__class__._unpickle, (self._key, self._from_cache))

    @classmethod
    def _unpickle(cls, key, from_cache, /):
        return cls(key) if from_cache else cls.no_cache(key)


def _local_seconds(dt):
    """Seconds since 1970-01-01 of dt's wall-clock fields (its tzinfo ignored)."""
    days = dt.toordinal() - 719163
    return days * 86400 + dt.hour * 3600 + dt.minute * 60 + dt.second


def _parse_tz_str(text):
    """A POSIX TZ string (RFC 8536 3.3.1): a fixed _TTInfo, or a _Rule with DST."""
    pos = 0

    def name():
        nonlocal pos
        if text[pos] == '<':
            end = text.index('>', pos)
            value = text[pos + 1:end]
            pos = end + 1
            return value
        start = pos
        while pos < len(text) and text[pos].isalpha():
            pos += 1
        return text[start:pos]

    def offset(default=None):
        nonlocal pos
        if pos >= len(text) or text[pos] not in '+-0123456789':
            return default
        sign = 1
        if text[pos] in '+-':
            sign = -1 if text[pos] == '-' else 1
            pos += 1
        start = pos
        while pos < len(text) and (text[pos].isdigit() or text[pos] == ':'):
            pos += 1
        parts = [int(p) for p in text[start:pos].split(':')] + [0, 0]
        return sign * (parts[0] * 3600 + parts[1] * 60 + parts[2])

    std_abbr = name()
    std_offset = -offset()
    if pos >= len(text):
        return _TTInfo(_timedelta(seconds=std_offset), _timedelta(0), std_abbr)
    dst_abbr = name()
    value = offset()
    dst_offset = std_offset + 3600 if value is None else -value
    rules = text[pos + 1:].split(',') if pos < len(text) and text[pos] == ',' else ['M3.2.0', 'M11.1.0']

    def rule(spec):
        date, _, time = spec.partition('/')
        at = 7200
        if time:
            sign = -1 if time.startswith('-') else 1
            parts = [int(p) for p in time.lstrip('+-').split(':')] + [0, 0]
            at = sign * (parts[0] * 3600 + parts[1] * 60 + parts[2])
        if date.startswith('M'):
            m, w, d = (int(x) for x in date[1:].split('.'))
            return ('M', m, w, d, at)
        if date.startswith('J'):
            return ('J', int(date[1:]), 0, 0, at)
        return ('N', int(date), 0, 0, at)

    return _Rule(_TTInfo(_timedelta(seconds=std_offset), _timedelta(0), std_abbr),
                 _TTInfo(_timedelta(seconds=dst_offset), _timedelta(seconds=dst_offset - std_offset), dst_abbr),
                 rule(rules[0]), rule(rules[1]))


def _day_of_year_start(year):
    return (_datetime(year, 1, 1) - _datetime(1970, 1, 1)).days * 86400


def _rule_seconds(rule, year):
    """Local seconds since the epoch (wall time of the zone before the change) when rule fires in year."""
    kind, a, w, d, at = rule
    if kind == 'M':
        first = _datetime(year, a, 1)
        day = 1 + (d - (first.weekday() + 1) % 7) % 7 + (w - 1) * 7
        if w == 5:
            next_month = _datetime(year + (a == 12), a % 12 + 1, 1)
            while day > (next_month - first).days:
                day -= 7
        days = (first - _datetime(1970, 1, 1)).days + day - 1
        return days * 86400 + at
    if kind == 'J':
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        n = a - 1 + (1 if leap and a >= 60 else 0)
        return _day_of_year_start(year) + n * 86400 + at
    return _day_of_year_start(year) + a * 86400 + at


class _Rule:
    def __init__(self, std, dst, start, end):
        self.std, self.dst, self.start, self.end = std, dst, start, end

    def _transitions(self, year):
        """(DST start, DST end) in local standard time / local daylight time respectively, as CPython."""
        return _rule_seconds(self.start, year), _rule_seconds(self.end, year)

    def get_trans_info(self, ts, year, fold):
        start, end = self._transitions(year)
        delta = (self.dst.utcoff - self.std.utcoff) // _timedelta(seconds=1)
        # CPython 3.11: Lib/zoneinfo/_zoneinfo.py _TZStr.get_trans_info
        if fold == (delta >= 0):
            end -= delta
        else:
            start += delta
        isdst = start <= ts < end if start < end else not (end <= ts < start)
        return self.dst if isdst else self.std

    def get_trans_info_fromutc(self, ts, year):
        start, end = self._transitions(year)
        std_off = self.std.utcoff // _timedelta(seconds=1)
        dst_off = self.dst.utcoff // _timedelta(seconds=1)
        start -= std_off
        end -= dst_off
        delta = dst_off - std_off
        if start < end:
            isdst = start <= ts < end
        else:
            isdst = not (end <= ts < start)
        if isdst:
            fold = False
            tti = self.dst
        else:
            tti = self.std
            fold = delta > 0 and end <= ts < end + delta
        return tti, fold
