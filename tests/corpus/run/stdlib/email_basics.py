# email: EmailMessage/Message, parsing, generating, policies, MIME classes.
import email
from email import policy
from email.message import EmailMessage, Message
from email.parser import Parser, BytesParser
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.application import MIMEApplication

# -- EmailMessage with the default policy
msg = EmailMessage()
msg['From'] = 'Alice Example <alice@example.com>'
msg['To'] = 'bob@example.org, "Doe, Carol" <carol@example.net>'
msg['Subject'] = 'Hello there'
msg.set_content('Hi Bob,\nsee you soon.\n')
print(msg.keys())
print(msg['subject'], type(msg['Subject']).__name__ != 'str', isinstance(msg['Subject'], str))
print(msg['To'].addresses)
print([a.display_name for a in msg['to'].addresses], msg['from'].addresses[0].domain)
print(msg.get_content_type(), msg.get_content_maintype(), msg.get_content_subtype())
print(repr(msg.get_content()), msg.get_content_charset(), msg['Content-Transfer-Encoding'])
print(msg.as_string())
print(msg.as_bytes() == bytes(msg), str(msg) == msg.as_string())
try:
    msg['Subject'] = 'again'
except ValueError as e:
    print('ValueError', e)
try:
    msg['X-Bad'] = 'a\nb'
except ValueError as e:
    print('ValueError', e)
del msg['subject']
print('Subject' in msg, msg.get('Subject'), msg.get('Subject', 'none'))
msg['Subject'] = 'replaced'
msg.replace_header('subject', 'replaced again')
print(msg['Subject'], msg.get_all('x-missing'), len(msg))
try:
    msg.replace_header('X-None', 'v')
except KeyError as e:
    print('KeyError', e)

# non-ASCII content and headers
m2 = EmailMessage()
m2['Subject'] = 'Caf\u00e9 menu'
m2.set_content('Voil\u00e0 le menu.\n')
print(m2['Content-Transfer-Encoding'], repr(m2.get_content()))
print(m2.as_string())
print(m2.as_bytes())

# attachments (explicit boundary: CPython picks random ones)
m3 = EmailMessage()
m3['Subject'] = 'files'
m3.set_content('See attached.\n')
m3.add_attachment(b'\x00\x01binary data', maintype='application', subtype='octet-stream',
                  filename='data.bin')
m3.set_boundary('BOUNDARY')
print(m3.get_content_type(), m3.is_multipart(), len(m3.get_payload()))
att = list(m3.iter_attachments())
print([p.get_filename() for p in att], att[0].get_content(), att[0].get_content_disposition())
print(m3.get_body().get_content())
print(m3.as_string())

# -- parsing
text = """\
From: Someone <someone@example.com>
To: you@example.com
Subject: A long subject line that goes on
 and continues on the next line
Content-Type: multipart/mixed; boundary="XX"
MIME-Version: 1.0

preamble text
--XX
Content-Type: text/plain; charset="us-ascii"

first part
--XX
Content-Type: text/html

<p>second</p>
--XX--
epilogue
"""
p = email.message_from_string(text)
print(type(p).__name__, p.is_multipart(), p.get_boundary(), repr(p.preamble), repr(p.epilogue))
print(repr(p['Subject']))
print([part.get_content_type() for part in p.walk()])
print([repr(part.get_payload()) for part in p.get_payload()])
print(p.get_payload(0).get_content_charset(), p.get_charsets())
print(p.as_string() == text)
q = email.message_from_string(text, policy=policy.default)
print(type(q).__name__, repr(q['subject']), q['from'].addresses[0].username)
print(q.get_body(('html', 'plain')).get_content())
print(Parser().parsestr('Subject: only headers\n\nbody\n', headersonly=True).get_payload())

b = BytesParser(policy=policy.default).parsebytes(
    b'Subject: =?utf-8?q?Caf=C3=A9?=\nContent-Type: text/plain; charset=utf-8\n'
    b'Content-Transfer-Encoding: base64\n\nVm9pbMOgCg==\n')
print(b['subject'], repr(b.get_content()), b.get_payload(decode=True))
b2 = email.message_from_bytes(b'Content-Transfer-Encoding: quoted-printable\n\nsoft=\nbreak =3D ok\n')
print(b2.get_payload(decode=True), b2.get_payload())

# -- compat32 Message
m = Message()
m['X-One'] = '1'
m['X-One'] = '2'
m.add_header('Content-Disposition', 'attachment', filename='r\u00e9sum\u00e9.txt')
m.add_header('Content-Type', 'text/plain', charset='us-ascii', format=None)
print(m.get_all('x-one'), m['content-disposition'])
print(m.get_filename(), m.get_params(), m.get_param('charset'))
m.set_param('charset', 'utf-8')
m.set_param('delsp', 'yes')
print(m['Content-Type'])
m.del_param('delsp')
print(m['Content-Type'], m.get_content_charset())
m.set_payload('plain body\n')
print(m.as_string())
print(m.get_default_type(), Message().get_content_type(), m.get('nothing', 0))

# -- MIME classes
mt = MIMEText('hello\n')
print(mt.as_string())
mu = MIMEText('h\u00e9llo\n', 'plain', 'utf-8')
print(mu.as_string())
mm = MIMEMultipart('alternative', boundary='SEP')
mm['Subject'] = 'multi'
mm.attach(MIMEText('plain text'))
mm.attach(MIMEText('<b>html</b>', 'html'))
mm.attach(MIMEApplication(b'PK\x03\x04', 'zip', Name='a.zip'))
print(mm.as_string())
try:
    mt.attach(MIMEText('x'))
except TypeError as e:
    print(type(e).__name__, e)

# -- policies
print(policy.default.max_line_length, repr(policy.SMTP.linesep), policy.compat32.linesep == '\n')
print(policy.default.clone(max_line_length=100).max_line_length, policy.default.utf8)
try:
    policy.default.linesep = '\r\n'
except AttributeError as e:
    print('AttributeError', e)
try:
    policy.default.clone(bogus=1)
except TypeError as e:
    print('TypeError', e)
s = EmailMessage(policy=policy.SMTP)
s['Subject'] = 'crlf'
s.set_content('x\n')
print(s.as_bytes())
