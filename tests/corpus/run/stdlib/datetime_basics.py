import datetime as dt
from datetime import date, time, datetime, timedelta, timezone

d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=1), d + timedelta(days=2), d - date(2023, 12, 25), d.weekday(), d.isoweekday())
print(d.isocalendar(), d.isocalendar().week, d.toordinal(), date.fromordinal(738944), d.replace(day=1), d.ctime())
print(date.fromisoformat('2021-03-04'), date.fromisocalendar(2024, 1, 1), date(2020, 12, 31).isocalendar(), date(2021, 1, 3).isocalendar())
print(d.strftime('%Y/%m/%d %a %A %b %B %j %U %W %w %u %y %G-W%V %%'), f'{d:%d.%m.%Y}', format(d), date.min, date.max)
print(sorted([date(2024, 1, 2), date(2023, 5, 6), date(2024, 1, 1)]), date(2024, 1, 1) < date(2024, 1, 2), {d: 1}[date(2024, 2, 28)])

td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(td, repr(td), td.total_seconds(), td.days, td.seconds, td.microseconds, -td, abs(-td), repr(-td))
print(timedelta(0), repr(timedelta(0)), timedelta(weeks=2), timedelta(milliseconds=1.5), timedelta(seconds=0.5), timedelta(hours=-1))
print(td * 2, 3 * td, td / 2, td // 3, td / timedelta(hours=1), td // timedelta(hours=1), td % timedelta(hours=1), divmod(td, timedelta(hours=5)))
print(timedelta(hours=1) / timedelta(minutes=7), timedelta(seconds=1) / 3, timedelta(seconds=1) * 0.5, timedelta(seconds=10) // 3, timedelta(days=1.5))
print(timedelta(hours=1) == timedelta(minutes=60), timedelta(1) > timedelta(hours=23), bool(timedelta(0)), timedelta.max, timedelta.min, timedelta.resolution)

t = time(13, 5, 9, 250)
print(t, repr(t), repr(time()), time(7, 30), t.isoformat('minutes'), t.isoformat('milliseconds'), t.strftime('%I:%M %p'), time.fromisoformat('04:23:01.5'))

moment = datetime(2024, 3, 10, 14, 30, 15, 123456)
print(moment, repr(moment), repr(datetime(2024, 1, 5)), moment.isoformat(), moment.isoformat(' ', 'seconds'), moment.date(), moment.time())
print(moment + timedelta(hours=12), moment - timedelta(days=70), moment - datetime(2024, 1, 1), datetime(2024, 12, 31, 23, 59) + timedelta(minutes=2))
print(moment.strftime('%Y-%m-%d %H:%M:%S.%f %c | %x %X'), f'{moment:%H:%M}', moment.replace(year=2020, microsecond=0), moment.weekday())
print(datetime.fromisoformat('2024-03-10T14:30:15'), datetime.fromisoformat('2024-03-10 14:30'), datetime.fromisoformat('2024-03-10'), repr(datetime.fromisoformat('2024-03-10T01:02:03+05:30')))
print(datetime.combine(date(2024, 1, 1), time(9, 0)), moment.timetz(), moment > datetime(2024, 1, 1), moment == moment.replace(), moment == moment.date())

utc = timezone.utc
cet = timezone(timedelta(hours=1), 'CET')
ist = timezone(timedelta(hours=5, minutes=30))
aware = datetime(2024, 6, 1, 12, 0, tzinfo=utc)
print(aware, repr(aware), aware.isoformat(), repr(utc), repr(cet), repr(ist), str(ist), str(timezone(timedelta(hours=-5))))
print(aware.astimezone(ist), aware.astimezone(cet).tzname(), aware.utcoffset(), aware.timestamp(), aware == aware.astimezone(ist))
print(aware - datetime(2024, 6, 1, 12, 0, tzinfo=ist), aware.strftime('%z %Z'), datetime(2024, 6, 1, tzinfo=cet).strftime('%z %Z'), timezone(timedelta(0)) is utc)
for bad in [lambda: date(2023, 2, 29), lambda: date(0, 1, 1), lambda: date(2023, 13, 1), lambda: timedelta(days=10 ** 9),
            lambda: date.max + timedelta(1), lambda: datetime(2020, 1, 1, 24), lambda: date.fromisoformat('2020-1-1'),
            lambda: datetime(2024, 1, 1) < aware, lambda: datetime(2024, 1, 1) - aware, lambda: date(2024, 1, 1.5),
            lambda: timezone(timedelta(hours=24)), lambda: time(12, 60)]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(dt.MINYEAR, dt.MAXYEAR, isinstance(moment, date), issubclass(timezone, dt.tzinfo), date(2024, 1, 1) == datetime(2024, 1, 1))
