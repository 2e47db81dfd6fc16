# zoneinfo over the system's TZif files: offsets, names, DST, folds in repeated hours, gaps, the POSIX
# rule after the last transition (2045), fromutc, cache identity, pickling, key validation.
import zoneinfo, datetime as dt
z = zoneinfo.ZoneInfo('America/New_York')
print(z, repr(z), z.key, zoneinfo.ZoneInfo('America/New_York') is z)
d = dt.datetime(2021, 11, 7, 1, 30, tzinfo=z); print(d, d.tzname(), d.utcoffset(), d.dst(), d.replace(fold=1), d.replace(fold=1).tzname())
print(dt.datetime(2050, 7, 1, tzinfo=z).utcoffset(), dt.datetime(2050, 1, 1, tzinfo=z).tzname(), dt.datetime(1900,1,1,tzinfo=z).utcoffset())
print(dt.datetime(2021,6,1,12,tzinfo=dt.timezone.utc).astimezone(z))
for zone in ['Europe/Berlin', 'Asia/Kolkata', 'Australia/Sydney', 'UTC', 'America/Sao_Paulo', 'Asia/Tokyo', 'Europe/London', 'Pacific/Chatham']:
    zz = zoneinfo.ZoneInfo(zone)
    for y in (1950, 1995, 2021, 2045):
        for m in (1, 4, 7, 10):
            t = dt.datetime(y, m, 15, 12, tzinfo=zz)
            print(zone, t, t.tzname(), t.dst(), t.astimezone(dt.timezone.utc))
for h in range(0, 4):
    for f in (0, 1):
        t = dt.datetime(2021, 3, 14, h, 30, fold=f, tzinfo=z)
        print(t, t.utcoffset(), t.astimezone(dt.timezone.utc))
u = dt.datetime(2021, 11, 7, 4, 0, tzinfo=dt.timezone.utc)
for k in range(4):
    x = (u + dt.timedelta(minutes=30 * k)).astimezone(z); print(x, x.fold, x.tzname())
u = dt.datetime(2045, 11, 5, 4, 0, tzinfo=dt.timezone.utc)
for k in range(4):
    x = (u + dt.timedelta(minutes=30 * k)).astimezone(z); print(x, x.fold, x.tzname())
print(len(zoneinfo.available_timezones()) > 300, 'America/New_York' in zoneinfo.available_timezones())
try: zoneinfo.ZoneInfo('Nope/Zone')
except Exception as e: print(type(e).__name__, e, isinstance(e, KeyError))
try: zoneinfo.ZoneInfo('../etc')
except Exception as e: print(type(e).__name__, e)
import pickle; print(pickle.loads(pickle.dumps(z)) is z)
