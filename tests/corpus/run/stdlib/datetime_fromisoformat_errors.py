# fromisoformat: a malformed string is "Invalid isoformat string", but a well-formed one with
# out-of-range fields fails with the constructor's own message (as CPython's C code does).
import datetime as dt

cases = [
    (dt.datetime.fromisoformat, "2020-13-01"),
    (dt.date.fromisoformat, "2020-13-01"),
    (dt.date.fromisoformat, "2021-02-29"),
    (dt.datetime.fromisoformat, "2020-02-30T10:00"),
    (dt.datetime.fromisoformat, "2020-01-01T24:00"),
    (dt.datetime.fromisoformat, "2020-01-01T10:61"),
    (dt.time.fromisoformat, "25:00"),
    (dt.time.fromisoformat, "10:30:99"),
    (dt.datetime.fromisoformat, "not a date"),
    (dt.date.fromisoformat, "2020-1-1"),
    (dt.datetime.fromisoformat, "2020-01-01 10:00:00.123"),
    (dt.time.fromisoformat, "T10:30"),
]
for parse, text in cases:
    try:
        print(f"{text!r}: {parse(text)!r}")
    except ValueError as e:
        print(f"{text!r}: ValueError: {e}")
