# glibc's strftime flags and widths (CPython passes the format to the C library).
import time, datetime
t = time.struct_time((2024, 3, 5, 7, 8, 9, 1, 65, 0))
for f in ['%-d/%-m/%Y', '%5Y', '%_d', '%e', '%-H:%M', '%^a', '%#b', '%0e', '%-I %p', '%k', '%l', '%P', '%s' if False else '%C', '%G-%V', '%u %w', '%j', '%D', '%T', '%R', '%r', '%h', '%n%t|']:
    print(repr(f), repr(time.strftime(f, t)))
d = datetime.datetime(2024, 3, 5, 7, 8, 9)
print(d.strftime('%-d %B %Y, %-I:%M %p'))
print(datetime.date(2024, 12, 25).strftime('%^A %-d %^b, week %-V'))
print(datetime.time(0, 5).strftime('%-H h %-M min %_S s'))
print(time.strftime('%010Y|%-j|%_j|%3d', t))
