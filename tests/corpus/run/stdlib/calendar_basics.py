import calendar

print(calendar.month(2024, 2))
print(repr(calendar.month(2024, 2, w=3, l=2)))
print(calendar.calendar(2024))
print(calendar.calendar(2023, w=3, l=1, c=4, m=4))
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2024, 9))
calendar.prmonth(2000, 2)
print(calendar.monthrange(2024, 2), calendar.monthrange(1900, 2), calendar.monthcalendar(2024, 2), calendar.weekday(2024, 2, 29))
print(calendar.isleap(2000), calendar.isleap(1900), calendar.leapdays(1900, 2000), list(calendar.month_name)[:3], list(calendar.day_abbr), calendar.month_abbr[12])
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59, 0, 0, 0)), calendar.firstweekday(), calendar.MONDAY, calendar.SUNDAY)
cal = calendar.Calendar(firstweekday=6)
print(list(cal.iterweekdays()), list(cal.itermonthdays2(2024, 2))[:9], [str(d) for d in cal.itermonthdates(2024, 2)][:3])
print(list(cal.itermonthdays4(2024, 3))[:3], len(cal.monthdatescalendar(2024, 3)), cal.yeardayscalendar(2024, 4)[0][1][0])
print(calendar.weekheader(3), '|', calendar.TextCalendar().formatweekheader(9))
for bad in [lambda: calendar.monthrange(2024, 13), lambda: calendar.setfirstweekday(9)]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.month(2024, 3), calendar.firstweekday())
