# strftime's glibc extensions (%C %g %k %l %P %r) and datetime comparison errors.
import datetime

for d in [datetime.datetime(2024, 3, 5, 14, 7, 9), datetime.datetime(1999, 1, 1, 0, 5), datetime.date(2021, 1, 3)]:
    print(d.strftime('%C|%g|%k|%l|%P|%r|%G|%V'))
try:
    datetime.datetime(2024, 1, 1) < datetime.date(2024, 1, 1)
except TypeError as e:
    print(e)
try:
    datetime.datetime(2024, 1, 1) >= datetime.date(2024, 1, 1)
except TypeError as e:
    print(e)


class MyDate(datetime.date):
    pass


try:
    datetime.datetime(2024, 1, 1) > MyDate(2024, 1, 1)
except TypeError as e:
    print(e)
