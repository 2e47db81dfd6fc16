# Arithmetic on exact date/datetime/timedelta (the fast constructors) against subclasses and edge cases.
from datetime import date, datetime, time, timedelta, timezone

td = timedelta(hours=1)
print(repr(td), td, timedelta(1, 2, 3, 4, 5, 6, 7), repr(timedelta(weeks=-1, microseconds=-1)))
print(repr(timedelta(True, seconds=False)), repr(timedelta(hours=1.5, minutes=True)))
print(repr(timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)))
for kw in ({'days': 1000000000}, {'days': -1000000000}, {'days': 2**31}, {'hours': 24 * 999999999 + 24},
           {'microseconds': -86400000000 * 999999999 - 1}):
    try:
        timedelta(**kw)
    except OverflowError as e:
        print(kw, 'OverflowError', e)
print(timedelta(days=-1, seconds=5) + timedelta(seconds=-10), timedelta(1) - timedelta(microseconds=1))
try:
    timedelta.max + timedelta(microseconds=1)
except OverflowError as e:
    print('OverflowError', e)
try:
    timedelta.min - timedelta(microseconds=1)
except OverflowError as e:
    print('OverflowError', e)

d = datetime(2020, 2, 28, 23, 30)
for _ in range(3):
    d = d + timedelta(minutes=45)
    print(d, repr(d), d.weekday())
print(d - timedelta(days=366), timedelta(days=1) + d, d + timedelta(microseconds=7))
aware = datetime(2021, 12, 31, 23, tzinfo=timezone.utc) + timedelta(hours=1)
print(aware, repr(aware), aware.tzinfo, aware.fold)
print(datetime(2000, 1, 1, fold=1) + timedelta(0), (datetime(2000, 1, 1, fold=1) + timedelta(0)).fold)
for base, delta in ((datetime.max, timedelta(microseconds=1)), (datetime.min, timedelta(days=-1)),
                    (date.max, timedelta(days=1)), (date.min, timedelta(days=-1))):
    try:
        base + delta
    except OverflowError as e:
        print(type(base).__name__, 'OverflowError', e)

dd = date(2020, 1, 1)
print([str(dd + timedelta(days=i)) for i in (0, 30, 59, 60, 365, 366, 1000, -1, -366)])
print(date(1900, 2, 28) + timedelta(1), date(2000, 2, 28) + timedelta(1), date(2100, 2, 28) + timedelta(1))
print(date(2000, 1, 1).toordinal(), date(2000, 3, 1).toordinal(), date(1, 1, 1).toordinal(), date.max.toordinal())


class MyDate(date):
    pass


class MyDateTime(datetime):
    @classmethod
    def combine(cls, d, t, tzinfo=True):
        print('combine called')
        return super().combine(d, t, tzinfo)


r = MyDate(2020, 5, 5) + timedelta(days=3)
print(type(r).__name__, r)
r = MyDateTime(2020, 5, 5, 1) + timedelta(hours=30)
print(type(r).__name__, r)
print(str(datetime(2020, 1, 1, 0, 0, 0, 5)), datetime(2020, 1, 1).isoformat(timespec='milliseconds'))
print(datetime(2020, 1, 1, 1, 2, 3).isoformat(' ', 'minutes'), time(1, 2, 3, 4).isoformat(), str(time(5)))
try:
    datetime(2020, 1, 1).isoformat(timespec='bogus')
except ValueError as e:
    print('ValueError', e)
print(hash(datetime(2020, 1, 1) + timedelta(1)) == hash(datetime(2020, 1, 2)), datetime(2020, 1, 1) + timedelta(1) == datetime(2020, 1, 2))
