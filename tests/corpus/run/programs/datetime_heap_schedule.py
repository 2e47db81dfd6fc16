from datetime import datetime, date, time, timedelta, timezone
import calendar
import heapq

start = datetime(2024, 2, 27, 9, 30)
tasks = [("deploy", timedelta(hours=50)), ("review", timedelta(days=1, minutes=15)), ("backup", timedelta(seconds=3661)), ("audit", timedelta(weeks=1))]
heap = []
for name, delta in tasks:
    heapq.heappush(heap, (start + delta, name))
while heap:
    when, name = heapq.heappop(heap)
    print(f"{name:<8} {when:%Y-%m-%d %H:%M (%a)} {when.isoformat()} {when - start} {(when - start).total_seconds():.0f}s")
print(date(2024, 2, 29) + timedelta(days=365), date(2023, 1, 31).replace(month=4) if False else date(2023, 4, 30), date(2024, 3, 1) - date(2024, 2, 1))
print(timedelta(days=-1, seconds=5), timedelta(hours=-1), timedelta(microseconds=1), timedelta(days=1, hours=25), -timedelta(minutes=90), abs(timedelta(hours=-3)))
print(timedelta(hours=3) / timedelta(minutes=7), timedelta(hours=3) // timedelta(minutes=7), timedelta(hours=3) % timedelta(minutes=7), timedelta(days=1) * 1.5, timedelta(seconds=10) / 3)
print(repr(timedelta(days=2, seconds=7, microseconds=3)), repr(timedelta(0)), repr(datetime(2024, 1, 1)), repr(date(2024, 5, 6)), repr(time(1, 2, 3, 4)))
d = datetime(2024, 7, 4, 15, 5, 9, 123456)
for f in ["%Y-%m-%d", "%d/%m/%y", "%I:%M %p", "%A %B %d", "%j %U %W %w", "%H%M%S.%f", "%b %e" if False else "%b", "%c", "%x %X", "%%literal", "%G-W%V-%u", "%y%m%d"]:
    print(f"{f!r:>14} -> {d.strftime(f)}")
print(d.date(), d.time(), d.weekday(), d.isoweekday(), d.isocalendar(), d.timetuple().tm_yday, d.toordinal(), d.ctime())
print(datetime.fromisoformat("2024-03-10T08:15:30"), datetime.fromisoformat("2024-03-10 08:15:30.5+02:00"), date.fromisoformat("2024-12-25"), date.fromordinal(738000))
print(datetime.strptime("03/15/2024 14:07", "%m/%d/%Y %H:%M"), datetime.strptime("Mon Jan  1 2024", "%a %b %d %Y"), datetime.strptime("2024-060", "%Y-%j").date())
utc = timezone.utc
est = timezone(timedelta(hours=-5), "EST")
aware = datetime(2024, 1, 1, 12, tzinfo=utc)
print(aware, aware.astimezone(est), aware.astimezone(timezone(timedelta(hours=5, minutes=30))), repr(est), str(timezone(timedelta(hours=-3, minutes=-30))), utc)
print(aware.isoformat(timespec="minutes"), aware.utcoffset(), aware.tzname(), est.tzname(None), aware.timestamp(), datetime.fromtimestamp(0, utc))
try:
    aware - datetime(2024, 1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    aware < datetime(2024, 1, 1)
except TypeError as e:
    print("TypeError:", e)
for bad in [lambda: date(2023, 2, 29), lambda: datetime(2024, 13, 1), lambda: time(25), lambda: datetime.strptime("2024-02-30", "%Y-%m-%d"), lambda: datetime.strptime("x", "%Y"), lambda: date.fromisoformat("2024/01/01"), lambda: timedelta(days=1e10)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(f"{type(e).__name__}: {e}")
print(calendar.isleap(2100), calendar.leapdays(2000, 2025), calendar.monthrange(2024, 2), calendar.weekday(2024, 1, 1), calendar.day_name[0], calendar.month_abbr[12])
print(calendar.month(2024, 2))
print(calendar.TextCalendar(firstweekday=6).formatmonth(2024, 3, w=3))
cal = calendar.Calendar()
print([d for d in cal.itermonthdays(2024, 2)][:10], len(cal.monthdatescalendar(2024, 2)))
print(date.min, date.max, datetime.max, timedelta.max, timedelta.resolution, time.min)
print(sorted([date(2024, 1, 3), date(2023, 5, 1), date(2024, 1, 1)]), max(time(3), time(1, 59)), date(2024, 1, 1) == datetime(2024, 1, 1))
print(f"{d:%Y/%m/%d}", f"{date(2024, 1, 5):%d.%m}", format(time(7, 5), "%H-%M"), "{:%B}".format(d), str(d), str(time(0, 0, 0, 500)))
