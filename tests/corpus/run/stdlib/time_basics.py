# time: struct_time, gmtime/localtime/mktime, strftime, asctime, clocks (deterministic output only)
import time

g = time.gmtime(0)
print(g)
print(type(g).__name__, type(g).__module__, len(g), g[0], g[-1], g[:3], tuple(g))
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_wday, g.tm_yday, g.tm_isdst, g.tm_zone, g.tm_gmtoff)
print(time.gmtime(1_000_000_000))
print(time.gmtime(1234567890.9))
print(time.gmtime(-86400 * 365))
print(time.gmtime(253402300799))
print(isinstance(g, tuple), g == (1970, 1, 1, 0, 0, 0, 3, 1, 0), time.struct_time.n_fields, time.struct_time.n_sequence_fields)
s = time.struct_time((2024, 2, 29, 13, 5, 9, 3, 60, 0))
print(s, s.tm_zone)
print(time.asctime(s), '|', time.asctime((2024, 12, 1, 0, 0, 0, 6, 336, 0)))
fmt = '%a %A %b %B %d %H %I %j %m %M %p %S %U %w %W %y %Y %% %e %D %T %F %R %C %u %V %G %g %h %c %x %X'
for t in [s, time.gmtime(0), (2021, 1, 3, 23, 59, 59, 6, 3, 0), (2020, 12, 31, 12, 0, 0, 3, 366, 0),
          (2019, 12, 30, 0, 0, 0, 0, 364, 0), (1999, 1, 1, 0, 0, 0, 4, 1, 0)]:
    print(time.strftime(fmt, t))
print(time.strftime('%Z', time.gmtime(0)), time.strftime('no directives'), time.strftime('%Y', (2000, 0, 0, 0, 0, 0, 0, 0, 0)))
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0),
            (2020, 1, 1, 0, 60, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, 0, 367, 0)]:
    try:
        time.strftime('%Y', bad)
    except ValueError as e:
        print('ValueError', e)
for bad in [(1, 2, 3), [2020, 1, 1, 0, 0, 0, 0, 1, 0], 'x']:
    try:
        time.strftime('%Y', bad)
    except TypeError as e:
        print('TypeError', e)
try:
    time.sleep(-1)
except ValueError as e:
    print(e)

# local time: compare relations only (the zone differs between machines)
now = time.time()
lt = time.localtime(now)
print(time.mktime(lt) == int(now), time.localtime(1e9).tm_year in (2001,), time.mktime(time.localtime(1_000_000_000)))
print(time.ctime(1e9) == time.asctime(time.localtime(1e9)), len(time.ctime()) == 24, len(time.asctime()) == 24)
print(isinstance(time.timezone, int), isinstance(time.altzone, int), time.daylight in (0, 1), len(time.tzname))
print(lt.tm_zone in time.tzname, lt.tm_gmtoff == -(time.altzone if lt.tm_isdst > 0 else time.timezone))

# clocks
a = time.monotonic(); b = time.monotonic()
print(b >= a, time.perf_counter() >= 0, time.process_time() >= 0, time.thread_time() >= 0)
for f in [time.time_ns, time.monotonic_ns, time.perf_counter_ns, time.process_time_ns, time.thread_time_ns]:
    print(f.__name__, type(f()).__name__, f() >= 0)
print(abs(time.time_ns() / 1e9 - time.time()) < 1)
for name in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    info = time.get_clock_info(name)
    print(name, info.monotonic, info.adjustable, info.resolution > 0, isinstance(info.implementation, str))
try:
    time.get_clock_info('nope')
except ValueError as e:
    print(e)
t0 = time.perf_counter(); time.sleep(0.01); print(time.perf_counter() - t0 >= 0.009)
