# time.tzset after changing os.environ['TZ']: zone names, offsets, DST, mktime and strftime %z/%Z
import os
import time

for tz in ['UTC', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata']:
    os.environ['TZ'] = tz
    time.tzset()
    print(tz, time.tzname, time.timezone, time.altzone, time.daylight)
    for secs in [0, 1_000_000_000, 1_000_000_000 + 180 * 86400]:
        lt = time.localtime(secs)
        print(' ', lt, lt.tm_zone, lt.tm_gmtoff, time.mktime(lt), time.strftime('%Y-%m-%d %H:%M:%S %z %Z', lt))
    print(' ', time.ctime(1e9), time.mktime((2001, 7, 1, 12, 0, 0, 0, 0, -1)), time.strftime('%z %Z', (2001, 7, 1, 12, 0, 0, 0, 0, 1)))
os.unsetenv('TZ')
