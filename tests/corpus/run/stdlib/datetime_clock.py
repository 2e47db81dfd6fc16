# datetime with a clock: now/today/utcnow, fromtimestamp/utcfromtimestamp, timestamp() and astimezone() of
# naive (local) times, strptime (was NotImplementedError).
import datetime as dt, time
D, T = dt.datetime, dt.timezone
print(D.fromtimestamp(0, T.utc), D.utcfromtimestamp(86400 * 365.25 + 0.5), D.fromtimestamp(1e9), dt.date.fromtimestamp(1e9))
print(D.fromtimestamp(1234567890.123456), D.fromtimestamp(-1.5), D.fromtimestamp(1.9999999))
print(D(2020, 5, 17, 10, 30).timestamp(), D(2020, 5, 17, 10, 30, tzinfo=T(dt.timedelta(hours=2))).timestamp())
print(D(2020, 1, 1, 12).astimezone(), D(2020, 1, 1, 12, tzinfo=T.utc).astimezone(T(dt.timedelta(hours=-5), 'EST')))
print(D.strptime('2021-03-04 05:06:07.25', '%Y-%m-%d %H:%M:%S.%f'), D.strptime('Mar 4 2021 +0130', '%b %d %Y %z'))
print(repr(D.strptime('04/03/21 PM 3', '%d/%m/%y %p %I')), D.strptime('2021-060', '%Y-%j'))
now = D.now(); print(type(now).__name__, now.year >= 2024, abs(now.timestamp() - time.time()) < 5)
print(type(dt.date.today()).__name__, type(D.today()).__name__, D.now(T.utc).tzinfo, D.utcnow().tzinfo)
for bad in [lambda: D.strptime('2021', '%Y-%m'), lambda: D.fromtimestamp(0, 5), lambda: D.strptime('x', '%Q')]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
