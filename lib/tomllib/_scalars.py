"""The TOML scalars that are recognised by pattern: numbers, dates and times.

Each reader takes the source and a position and returns (end, value) or None
when nothing matches there. Like every TOML parser that follows the grammar
greedily, a reader consumes the longest valid prefix and leaves whatever
follows (e.g. the "x" of "0x") to the caller, which then reports it.
"""

import re
from datetime import date, datetime, time, timedelta, timezone

# The grammar pieces of TOML 1.0 (toml.abnf), written as regular expressions.
_TIME = (r"(?P<hour>[01][0-9]|2[0-3]):(?P<minute>[0-5][0-9]):(?P<second>[0-5][0-9])"
         r"(?:\.(?P<fraction>[0-9]+))?")
_OFFSET = r"(?:(?P<zulu>[Zz])|(?P<sign>[+-])(?P<off_hour>[01][0-9]|2[0-3]):(?P<off_minute>[0-5][0-9]))"
_DATE = r"(?P<year>[0-9]{4})-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12][0-9]|3[01])"

_DATE_OR_DATETIME = re.compile(_DATE + r"(?:[Tt ]" + _TIME + _OFFSET + r"?)?")
_LOCAL_TIME = re.compile(_TIME)

# Prefixed integers come first: "0x1F" must not be read as the decimal 0.
_NUMBER = re.compile(
    r"0(?:x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|o[0-7](?:_?[0-7])*|b[01](?:_?[01])*)"
    r"|[+-]?(?:0|[1-9](?:_?[0-9])*)"
    r"(?P<fraction>\.[0-9](?:_?[0-9])*)?"
    r"(?P<exponent>[eE][+-]?[0-9](?:_?[0-9])*)?")

_INT_BASES = {"x": 16, "o": 8, "b": 2}

# Offsets repeat across a document; equal offsets share one timezone object.
_zones = {}


def _microseconds(digits):
    # TOML allows any precision; Python keeps microseconds, extra digits are dropped.
    if not digits:
        return 0
    return int(digits[:6].ljust(6, "0"))


def _time_fields(m):
    return (int(m.group("hour")), int(m.group("minute")), int(m.group("second")),
            _microseconds(m.group("fraction")))


def _zone(m):
    if m.group("zulu"):
        return timezone.utc
    sign = m.group("sign")
    if sign is None:
        return None
    key = (sign, m.group("off_hour"), m.group("off_minute"))
    zone = _zones.get(key)
    if zone is None:
        delta = timedelta(hours=int(key[1]), minutes=int(key[2]))
        zone = _zones[key] = timezone(-delta if sign == "-" else delta)
    return zone


def read_date_or_datetime(src, pos):
    """A local date, local date-time or offset date-time. ValueError for a
    well-formed but impossible date (2021-02-30)."""
    if src[pos + 4:pos + 5] != "-":   # cheap pre-check: every date has its first '-' there
        return None
    m = _DATE_OR_DATETIME.match(src, pos)
    if m is None:
        return None
    year, month, day = int(m.group("year")), int(m.group("month")), int(m.group("day"))
    if m.group("hour") is None:
        return m.end(), date(year, month, day)
    hour, minute, second, micro = _time_fields(m)
    return m.end(), datetime(year, month, day, hour, minute, second, micro, tzinfo=_zone(m))


def read_local_time(src, pos):
    if src[pos + 2:pos + 3] != ":":
        return None
    m = _LOCAL_TIME.match(src, pos)
    if m is None:
        return None
    return m.end(), time(*_time_fields(m))


def read_number(src, pos, parse_float):
    m = _NUMBER.match(src, pos)
    if m is None:
        return None
    text = m.group()
    if m.group("fraction") or m.group("exponent"):
        # parse_float gets the text as written (underscores included), as CPython does.
        return m.end(), parse_float(text)
    if len(text) > 1 and text[1] in _INT_BASES:
        return m.end(), int(text[2:].replace("_", ""), _INT_BASES[text[1]])
    return m.end(), int(text.replace("_", ""))
