# email: transfer encodings (quoted-printable, base64), iterators, generators, defects, copying.
import copy
import io
import pickle
import email
from email import errors, iterators, policy
from email.generator import Generator, BytesGenerator, DecodedGenerator
from email.headerregistry import Address, Group
from email.message import EmailMessage
for text in ['caf\u00e9 ' * 20 + '\n', 'a' * 90 + '\u00e9\n', '\u00e9' * 50 + '\n', 'x = 1\t \nend ' * 3]:
    m = EmailMessage()
    m.set_content(text)
    print(m['Content-Transfer-Encoding'])
    print(m.get_payload())
    print(repr(m.get_content()) == repr(text))
for cte in ['quoted-printable', 'base64', '8bit', '7bit']:
    m = EmailMessage()
    try:
        m.set_content('line one\nline two \u00e9\n', cte=cte)
        print(m.as_string())
    except Exception as e:
        print(type(e).__name__, e)
from email import quoprimime, base64mime
from email.mime.text import MIMEText
for s in ['abc=20def=\nghi', 'a=3D=\n', 'plain\n', 'x=4', 'tail=\r\n', '', 'a\n\nb', '=E9t=E9 _x_']:
    print(repr(quoprimime.decode(s)), repr(quoprimime.header_decode(s)))
print(quoprimime.body_encode('a' * 80 + ' \nend\t'), quoprimime.header_encode(b'caf\xe9 ok'))
print(base64mime.body_encode(b'x' * 100), base64mime.header_encode('hi'), base64mime.decode('aGk='))
m = MIMEText('caf\u00e9 ' * 20, 'plain', 'iso-8859-1')
print(m.as_string())

# iterators over a parsed tree
raw = """\
Content-Type: multipart/mixed; boundary="OUT"

--OUT
Content-Type: multipart/alternative; boundary="IN"

--IN
Content-Type: text/plain

plain line 1
plain line 2
--IN
Content-Type: text/html

<i>html</i>
--IN--
--OUT
Content-Type: image/png
Content-Disposition: attachment; filename="dot.png"
Content-Transfer-Encoding: base64

iVBORw0KGgo=
--OUT--
"""
msg = email.message_from_string(raw)
iterators._structure(msg)
print([p.get_content_type() for p in iterators.typed_subpart_iterator(msg)])
print([p.get_content_type() for p in iterators.typed_subpart_iterator(msg, 'text', 'html')])
print(list(iterators.body_line_iterator(msg)))
print(msg.get_payload(1).get_payload(decode=True), msg.get_payload(1).get_filename())
out = io.StringIO()
DecodedGenerator(out).flatten(msg)
print(out.getvalue())

# generators: unixfrom, mangle_from_, linesep, maxheaderlen
m = email.message_from_string('From sender@x Fri Jan  1 00:00:00 2021\nSubject: s\n\nFrom here\nline\n')
print(repr(m.get_unixfrom()), repr(m.get_payload()))
for kw in ({}, {'mangle_from_': False}):
    out = io.StringIO()
    Generator(out, **kw).flatten(m, unixfrom=True)
    print(repr(out.getvalue()))
out = io.StringIO()
Generator(out, policy=policy.SMTP).flatten(m)
print(repr(out.getvalue()))
bout = io.BytesIO()
BytesGenerator(bout).flatten(email.message_from_bytes(b'Subject: b\n\n\xe9t\xe9\n'))
print(bout.getvalue())

# defects found while parsing
for text in ['Subject: x\nno colon here\nmore\n', ' continuation first\nSubject: y\n\nbody\n',
             'Content-Type: multipart/mixed\n\nno boundary\n',
             'Content-Type: multipart/mixed; boundary="B"\n\nnever starts\n',
             'Content-Type: multipart/mixed; boundary="B"\n\n--B\n\npart\n']:
    d = email.message_from_string(text)
    print([type(x).__name__ for x in d.defects], repr(d.get_payload() if not d.is_multipart() else len(d.get_payload())))
try:
    email.message_from_string('Content-Type: multipart/mixed\n\nx\n', policy=policy.strict)
except errors.MessageDefect as e:
    print('raised', type(e).__name__, isinstance(e, ValueError))

# header objects from headerregistry values
e = email.message.EmailMessage()
e['From'] = Address('J\u00fcrgen', 'jm', 'example.de')
e['To'] = [Address('A', addr_spec='a@x.org'), Address(addr_spec='b@x.org')]
e['Cc'] = Group('team', [Address('C', 'c', 'x.org')])
print(e['from'], '|', e['to'], '|', e['cc'])
print(e['cc'].groups[0].display_name, e['to'].addresses[1].username, repr(Address('n', 'u', 'd')))
print(str(Group('empty')), str(Address(addr_spec='solo@x')))
print(e.as_string())

# messages copy and pickle with their header objects
e.set_content('body\n')
c = copy.deepcopy(e)
print(c.as_string() == e.as_string(), c['to'].addresses == e['to'].addresses)
p = pickle.loads(pickle.dumps(e))
print(p.as_string() == e.as_string(), type(p['from']).__name__ == type(e['from']).__name__)

# lenient base64 bodies and their defects
for body in ['aGVsbG8=', 'aGVsbG8', 'aGV*sbG8=', 'aGVsb', 'a', '', 'aGVs\nbG8=\n']:
    m = email.message_from_string('Content-Transfer-Encoding: base64\n\n' + body)
    print(repr(body), m.get_payload(decode=True), [type(d).__name__ for d in m.defects])
print(email.message.Message().get_payload(decode=True))
m = email.message.Message(); m['Content-Transfer-Encoding'] = 'x-uuencode'; m.set_payload('begin 644 f\n%:&5L;&\\\n`\nend\n')
print(m.get_payload(decode=True))
