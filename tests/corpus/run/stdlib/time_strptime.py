# time.strptime (C locale)
import time

cases = [
    ('2024-02-29 13:05:09', '%Y-%m-%d %H:%M:%S'),
    ('30 Nov 00', '%d %b %y'),
    ('Tue Mar  5 07:08:09 2019', '%a %b %d %H:%M:%S %Y'),
    ('Tue Mar  5 07:08:09 2019', '%c'),
    ('12/31/99', '%x'),
    ('11:45:00 PM', '%I:%M:%S %p'),
    ('12 AM', '%I %p'),
    ('July 4 1976', '%B %d %Y'),
    ('2020 060', '%Y %j'),
    (' 7 1', '%d %m'),
    ('1999-12-31T23:59:59.5+0130', '%Y-%m-%dT%H:%M:%S.%f%z'),
    ('2001-01-01 UTC', '%Y-%m-%d %Z'),
    ('10%', '%d%%'),
    ('', ''),
]
for s, f in cases:
    t = time.strptime(s, f)
    print(repr(s), repr(f), tuple(t), t.tm_zone, t.tm_gmtoff)
print(time.strptime('Thu Jan  1 00:00:00 1970'))
for s, f in [('2024-13-01', '%Y-%m-%d'), ('2023-02-29', '%Y-%m-%d'), ('12:00 extra', '%H:%M'), ('abc', '%Y'),
             ('1', '%Q')]:
    try:
        time.strptime(s, f)
    except ValueError as e:
        print('ValueError', e)
try:
    time.strptime(5, '%Y')
except TypeError as e:
    print('TypeError', e)
