from datetime import datetime, date, time, timedelta, timezone
import calendar
import json

UTC = timezone.utc
EST = timezone(timedelta(hours=-5), "EST")
IST = timezone(timedelta(hours=5, minutes=30))

events = [
    ("deploy", datetime(2024, 3, 9, 23, 45, tzinfo=UTC)),
    ("standup", datetime(2024, 3, 11, 9, 0, tzinfo=EST)),
    ("review", datetime(2024, 3, 11, 18, 30, 15, 250000, tzinfo=IST)),
    ("retro", datetime(2024, 2, 29, 12, 0, tzinfo=UTC)),
]

for name, dt in sorted(events, key=lambda e: e[1]):
    print(f"{name:8} {dt.isoformat()} | utc={dt.astimezone(UTC):%Y-%m-%d %H:%M} | {dt.tzname()} {dt.utcoffset()}")

start = datetime(2024, 1, 31, 8, 30)
print(start + timedelta(days=1), start - timedelta(weeks=5, hours=3), start.replace(month=2, day=29))
try:
    start.replace(month=2)
except ValueError as e:
    print("ValueError:", e)
d = timedelta(days=3, hours=25, minutes=61, seconds=3661, microseconds=5)
print(d, d.days, d.seconds, d.total_seconds(), repr(d), -d, abs(-d), d // timedelta(hours=1), d / 2)
print(timedelta(seconds=-1), timedelta(0), timedelta(days=1) * 1.5, timedelta(hours=1) % timedelta(minutes=7))
print(datetime(2024, 3, 1) - datetime(2023, 3, 1), date(2024, 12, 25) - date(2024, 1, 1))
dt = datetime(2024, 7, 4, 15, 5, 9, 123456)
for fmt in ["%Y-%m-%d", "%d/%m/%y %I:%M %p", "%A, %B %d", "%a %b %e" if False else "%a %b %d", "%j %U %W", "%H:%M:%S.%f", "%%literal %c", "%x %X", "%G-W%V-%u"]:
    print(repr(fmt), "->", dt.strftime(fmt))
print(datetime.strptime("2024-03-15 14:30:00", "%Y-%m-%d %H:%M:%S"), datetime.strptime("15/Mar/2024:08:01", "%d/%b/%Y:%H:%M"))
print(datetime.fromisoformat("2024-03-15T14:30:00+02:00"), date.fromisoformat("2024-03-15"), time.fromisoformat("10:20:30.5"))
print(datetime.fromtimestamp(0, UTC), datetime(2024, 1, 1, tzinfo=UTC).timestamp(), date.fromordinal(738000), date(2024, 1, 1).toordinal())
print(dt.date(), dt.time(), dt.weekday(), dt.isocalendar(), dt.timetuple()[:6], dt.ctime())
print(repr(dt), repr(date(2024, 1, 1)), repr(time(1, 2)), repr(UTC), repr(EST), str(IST), repr(datetime(2024, 1, 1, tzinfo=IST)))
print(time(23, 59, 59, 999999).isoformat(), time(12).isoformat(timespec="minutes"), dt.isoformat(sep=" ", timespec="milliseconds"))
print(datetime.combine(date(2024, 5, 5), time(6, 7)), max(date(2024, 1, 2), date(2023, 12, 31)), date.min, datetime.max)
print(date(2024, 3, 10) < date(2024, 3, 11), datetime(2024, 1, 1, tzinfo=UTC) == datetime(2023, 12, 31, 19, tzinfo=EST))
try:
    datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=UTC)
except TypeError as e:
    print("TypeError:", e)
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.strptime("2024-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
print(calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.weekday(2024, 7, 4), calendar.day_name[0], calendar.month_abbr[12])
print(calendar.month(2024, 2))
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2023, 12, w=3).splitlines()[:3])


def week_buckets(dates):
    out = {}
    for d in dates:
        monday = d - timedelta(days=d.weekday())
        out.setdefault(monday.isoformat(), []).append(d.strftime("%a"))
    return out


days = [date(2024, 3, 1) + timedelta(days=i * 3) for i in range(8)]
print(json.dumps(week_buckets(days), indent=1))


class DTEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (datetime, date)):
            return o.isoformat()
        if isinstance(o, timedelta):
            return o.total_seconds()
        return super().default(o)


print(json.dumps({"when": dt, "span": d, "day": date(2024, 1, 1)}, cls=DTEncoder, sort_keys=True))
try:
    json.dumps({"t": time(1)})
except TypeError as e:
    print("TypeError:", e)
