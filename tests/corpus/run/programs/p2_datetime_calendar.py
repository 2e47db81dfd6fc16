"""datetime arithmetic, strftime/strptime, timezones, calendar."""
from datetime import date, datetime, time, timedelta, timezone
import calendar

d = date(2024, 1, 31)
print(d, d.isoformat(), d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.ctime())
for months in range(1, 6):
    m = (d.month - 1 + months) % 12 + 1
    y = d.year + (d.month - 1 + months) // 12
    day = min(d.day, calendar.monthrange(y, m)[1])
    print(f"+{months} month(s): {date(y, m, day)}")
print(d + timedelta(days=30), d - date(2023, 12, 25), (d - date(2000, 1, 1)).days)
td = timedelta(days=1, hours=25, minutes=-30, seconds=3661, microseconds=1500)
print(td, td.days, td.seconds, td.microseconds, td.total_seconds(), repr(td))
print(timedelta(hours=-1), -timedelta(days=1, seconds=1), abs(timedelta(minutes=-5)), timedelta(weeks=2) / 7)
print(timedelta(days=7) // timedelta(hours=5), timedelta(days=7) % timedelta(hours=5), timedelta(seconds=10) * 2.5)
print(str(timedelta(0)), str(timedelta(days=-1, seconds=86399)), timedelta.max, timedelta.resolution)

dt = datetime(2024, 2, 29, 13, 5, 9, 123456)
print(dt, dt.isoformat(), dt.isoformat(sep=" ", timespec="milliseconds"), repr(dt))
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f | %a %A %b %B | %I:%M %p | %j %U %W | %y %e|%%"))
print(dt.strftime("%c"), "|", dt.strftime("%x %X"), "|", dt.date(), dt.time(), dt.timetuple().tm_yday)
print(dt.replace(year=2025, day=28), dt + timedelta(days=366), dt.timestamp() if dt.tzinfo else "naive")
p = datetime.strptime("03/15/2023 07:45PM", "%m/%d/%Y %I:%M%p")
print(p, p.hour, datetime.strptime("2023-W10-1", "%G-W%V-%u").date())
print(datetime.strptime("Tue, 05 Mar 2024 10:00:00", "%a, %d %b %Y %H:%M:%S"))
try:
    datetime.strptime("2023-02-30", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.strptime("hello", "%Y")
except ValueError as e:
    print("ValueError:", e)
try:
    date(2023, 13, 1)
except ValueError as e:
    print("ValueError:", e)

utc = timezone.utc
est = timezone(timedelta(hours=-5), "EST")
ist = timezone(timedelta(hours=5, minutes=30))
a = datetime(2024, 3, 10, 12, 0, tzinfo=utc)
print(a, a.astimezone(est), a.astimezone(ist), a.astimezone(ist).utcoffset(), ist, est.tzname(None))
print(a.timestamp(), datetime.fromtimestamp(0, utc), datetime.fromtimestamp(1700000000, est).isoformat())
print(a == a.astimezone(est), a - datetime(2024, 1, 1, tzinfo=ist), a.strftime("%z %Z"))
print(datetime.fromisoformat("2024-05-06T07:08:09.010+02:00"), date.fromisoformat("2020-02-02"))
print(datetime.combine(date(2020, 1, 1), time(23, 59, 59)), time(7, 5).isoformat(), time(1, 2, 3, 4).strftime("%H-%M-%S-%f"))
print(min(date(2020, 1, 1), date(2019, 12, 31)), date.max, date.min, datetime(2020, 1, 1) < datetime(2020, 1, 1, 0, 0, 1))
try:
    datetime(2020, 1, 1) < a
except TypeError as e:
    print("TypeError:", e)
print(sorted([date(2021, 5, 1), date(2020, 5, 1), date(2021, 1, 1)]), hash(date(2020, 1, 1)) == hash(date(2020, 1, 1)))
print(date(2024, 12, 30).isocalendar().week, date(2021, 1, 3).isocalendar())

print(calendar.month(2024, 2))
print(calendar.isleap(1900), calendar.isleap(2000), calendar.leapdays(1900, 2024), calendar.weekday(2024, 7, 4))
print(calendar.monthrange(2023, 2), calendar.day_name[0], calendar.month_abbr[12], list(calendar.day_abbr))
cal = calendar.Calendar(firstweekday=6)
print([d.day for d in cal.itermonthdates(2024, 3)][:10])
print(cal.monthdayscalendar(2024, 3)[0], calendar.TextCalendar().formatmonth(2023, 9, w=3).splitlines()[1])
print(calendar.timegm((2024, 1, 1, 0, 0, 0)))
print(calendar.calendar(2023, w=2, l=1, c=3, m=4).splitlines()[:4])
meetings = [datetime(2024, 3, 1, 9) + timedelta(days=7 * i, hours=i) for i in range(5)]
for m in meetings:
    print(m.strftime("%a %d %b %H:%M"), "weekend" if m.weekday() >= 5 else "weekday")
