# locale: the C / C.UTF-8 locale (the test harness runs with LC_ALL=C.UTF-8).
import locale

print(locale.setlocale(locale.LC_ALL), locale.setlocale(locale.LC_CTYPE), locale.setlocale(locale.LC_NUMERIC))
print(locale.getlocale(), locale.getpreferredencoding(), locale.getencoding(), locale.getlocale(locale.LC_NUMERIC))
print(locale.localeconv())
print(locale.format_string('%d %.2f %s', (1234567, 1234.5, 'x'), grouping=True), locale.format_string('%5.1f', 2.25))
print(locale.str(1.5), locale.str(1 / 3), locale.atof('1.5'), locale.atoi('12'), locale.strcoll('a', 'b'), locale.strcoll('b', 'a'), locale.strxfrm('ab'))
print(locale.normalize('en_US'), locale.normalize('en_US.utf8'), locale.normalize('C'), locale.normalize('xx'))
print(locale.setlocale(locale.LC_ALL, 'C'), locale.setlocale(locale.LC_ALL, ''), locale.getlocale())
print(locale.setlocale(locale.LC_NUMERIC, 'C'), locale.setlocale(locale.LC_ALL, 'C.UTF-8'), locale.getlocale(locale.LC_TIME))
print(locale.setlocale(locale.LC_ALL, 'POSIX'), locale.setlocale(locale.LC_ALL, ('C', None)) if False else locale.setlocale(locale.LC_ALL, 'C'))
for bad in ('xx_YY', 'en_XX.UTF-8'):
    try:
        locale.setlocale(locale.LC_ALL, bad)
    except locale.Error as e:
        print('locale.Error', e)
print(locale.LC_ALL, locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE, locale.LC_MONETARY, locale.LC_MESSAGES, locale.CHAR_MAX)
print(locale.delocalize('1,234.5'), locale.localize('1234.5'), sorted(['b', 'a', 'C'], key=locale.strxfrm))
try:
    locale.currency(5)
except ValueError as e:
    print('ValueError', e)
