# email.utils, email.header, header folding and charsets.
import datetime
import re
from email import utils, header, policy
from email.charset import Charset
from email.message import EmailMessage, Message

# addresses
print(utils.formataddr(('John Doe', 'john@example.com')))
print(utils.formataddr(('', 'bare@example.com')), utils.formataddr(('Doe, John', 'j@x.org')))
print(utils.formataddr(('Say "hi"', 'h@x.org')), utils.formataddr(('J\u00f6rg', 'j@x.de')))
for a in ['John Doe <john@example.com>', 'john@example.com', '"Doe, John" <j@x.org>',
          'j@x.org (Comment Name)', '<only@angle.org>', '', 'not an address', 'a @ b . c']:
    print(repr(a), utils.parseaddr(a))
print(utils.getaddresses(['a@b.c, "X Y" <x@y.z>', 'Team: m1@t.org, m2@t.org;', 'last@x.org']))
print(utils.quote('a"b\\c'), utils.unquote('"quoted"'), utils.unquote('<angle>'), utils.unquote('x'))

# dates
print(utils.formatdate(0), '|', utils.formatdate(1700000000.5, usegmt=True))
print(utils.format_datetime(datetime.datetime(2020, 2, 29, 13, 5, 9)))
tz = datetime.timezone(datetime.timedelta(hours=-5))
print(utils.format_datetime(datetime.datetime(2021, 12, 31, 23, 59, 59, tzinfo=tz)))
try:
    utils.format_datetime(datetime.datetime(2020, 1, 1), usegmt=True)
except ValueError as e:
    print('ValueError', e)
for d in ['Fri, 09 Nov 2001 01:08:47 -0000', 'Mon, 20 Nov 1995 19:12:08 -0500',
          '21 Jun 2023 08:00:00 +0200', 'Tue, 1 Jul 2003 10:52:37 GMT', 'Sat, 02 Jan 99 11:00 EST']:
    dt = utils.parsedate_to_datetime(d)
    print(d, '->', repr(dt), utils.parsedate_tz(d)[9])
print(utils.parsedate('Fri, 09 Nov 2001 01:08:47 -0000'))
print(utils.mktime_tz(utils.parsedate_tz('Mon, 20 Nov 1995 19:12:08 -0500')))
for bad in ['garbage', '']:
    try:
        utils.parsedate_to_datetime(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(utils.parsedate_tz('nonsense'))
mid = utils.make_msgid(domain='example.com')
print(bool(re.fullmatch(r'<\d+\.\d+\.\d+@example\.com>', mid)), mid == utils.make_msgid(domain='example.com'))
print(bool(re.fullmatch(r'<\d+\.\d+\.\d+\.tag@h>', utils.make_msgid('tag', 'h'))))

# email.header
print(header.decode_header('plain text'))
print(header.decode_header('=?utf-8?q?caf=C3=A9?='))
print(header.decode_header('Hi =?utf-8?b?w6nDqQ==?= there'))
print(header.decode_header('=?iso-8859-1?q?a?= =?iso-8859-1?q?b?='))
h = header.make_header(header.decode_header('Hi =?utf-8?q?caf=C3=A9?= there'))
print(str(h), h == 'Hi caf\u00e9 there')
print(header.Header('caf\u00e9', 'utf-8').encode(), header.Header('plain').encode())
print(str(header.Header('caf\u00e9', 'utf-8')))
print(Charset('utf-8').header_encode('\u00fcber'), Charset('latin-1').input_charset, str(Charset('ascii')))
print(Charset('utf-8').get_body_encoding(), Charset('iso-8859-1').get_body_encoding())

# folding with the default policy
m = EmailMessage()
m['Subject'] = ('This is a rather long subject line that certainly will not fit on one '
                'line of seventy-eight characters')
m['X-Words'] = 'caf\u00e9 and cr\u00e8me br\u00fbl\u00e9e'
m['To'] = 'J\u00f6rg Wei\u00df <jw@example.de>, plain@example.com'
m['Date'] = utils.format_datetime(datetime.datetime(2022, 5, 17, 8, 30, tzinfo=datetime.timezone.utc))
print(m.as_string())
print(m['date'].datetime, m['to'].addresses[0].display_name)
print(m['Subject'])

# compat32 folding of long headers
c = Message()
c['Subject'] = ' '.join(['word%d' % i for i in range(25)])
c['X-Short'] = 'short'
print(c.as_string())
print(c.as_string(maxheaderlen=0))

# folding of address lists and of words too long for a line (default policy)
f = EmailMessage()
f['To'] = ', '.join(['User Number %d <user%d@example.com>' % (i, i) for i in range(5)])
f['Cc'] = 'J\u00f6rg M\u00fcller <jm@example.de>, "Doe, John" <jd@example.org>, plain@example.com'
f['Subject'] = 'x' * 100
f['X-Mixed'] = 'short words then ' + 'n\u00e4ive ' * 12
f['X-Fits-Next'] = 'y' * 70
print(f.as_string())
c = Message()
c['To'] = ', '.join(['user%d@example.com' % i for i in range(8)])
c['Subject'] = 'caf\u00e9 ' * 15
print(c.as_string())
