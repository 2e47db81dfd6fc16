# utf-7, punycode, idna (with stringprep's nameprep), the bytes-to-bytes codecs quopri/uu/bz2
# and the quopri module; CPython's errors, including the "encoding with 'X' codec failed" wrapping.
import binascii
import codecs
import io
import quopri
import stringprep

samples = ['', 'Hi Mom -\u263a-!', 'A\u2262\u0391.', '\u65e5\u672c\u8a9e', 'Item 3 is \u00a31.',
           '+ ~ \\ \t\n\x00', 'a+b-c', '\U0001f600 x \U00010000', '\ud800 lone', 'abc/def+ghi']
for s in samples:
    data = s.encode('utf-7')
    print(ascii(s), data, data.decode('utf-7') == s)

for data in [b'+AGEAYgBj-', b'+AGE', b'+AGEA', b'a+\x80b', b'\xff', b'+2D3eAAB-', b'+2D3-', b'+AB-',
             b'+AGF-', b'+-+-', b'+ZeVnLIqe-', b'+2D3cAA-x']:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace']:
        try:
            print(data, errors, ascii(data.decode('utf-7', errors)))
        except UnicodeDecodeError as e:
            print(data, errors, e)
print(codecs.utf_7_decode(b'ab+AGEAYg', 'strict', False), codecs.utf_7_encode('a\u00e9'))
data = 'Hi \u263a\u263b \U0001f600 ok'.encode('utf-7')
for cut in range(len(data) + 1):
    dec = codecs.getincrementaldecoder('utf-7')()
    assert dec.decode(data[:cut]) + dec.decode(data[cut:], True) == 'Hi \u263a\u263b \U0001f600 ok', cut
print('utf-7 incremental ok', codecs.lookup('u7').name, codecs.lookup('unicode-1-1-utf-7').name)

for s in ['b\u00fccher', 'm\u00fcnchen', '\u4f8b\u3048', 'abc', '', 'ab\u00e9\u00e9\u00e9xy\u4e2d',
          '\u0644\u064a\u0647\u0645\u0627\u0628\u062a\u0643\u0644\u0645\u0648\u0634\u0639\u0631\u0628\u064a\u061f']:
    p = s.encode('punycode')
    print(ascii(s), p, p.decode('punycode') == s)
for data in [b'bcher-kva', b'bcher-kva!', b'-kva99', b'abc-9999999999', b'xyz-', b'b\xc3\xbccher-kva']:
    for errors in ['strict', 'replace', 'ignore']:
        try:
            print(data, errors, ascii(data.decode('punycode', errors)))
        except (UnicodeError, ValueError) as e:
            print(data, errors, type(e).__name__, e)
try:
    b'abc'.decode('punycode', 'backslashreplace')
except UnicodeError as e:
    print(type(e).__name__, e)

for host in ['www.example.com', 'b\u00fccher.example', 'M\u00dcNCHEN.de.', '\u4f8b\u3048.\u30c6\u30b9\u30c8',
             'ex\u00e4mple\u3002com', 'Stra\u00dfe.de', 'xn--bcher-kva.ch', '\u0627\u0644\u0639\u0631\u0628\u064a\u0629.eg',
             'a\u00ad\u200bb.com', '\uff21\uff22\uff23.com']:
    try:
        encoded = host.encode('idna')
        print(ascii(host), encoded, ascii(encoded.decode('idna')))
    except UnicodeError as e:
        print(ascii(host), type(e).__name__, e)
for host in ['a..b', '.', 'x' * 64 + '.com', 'x' * 64, 'ab\u00e9' + 'x' * 70, 'a\u05d0b.com', '\u05d0a\u05d1',
             'xn--ab\u00e9', 'a\u3000b', 'a\ue000b', '\u0341x', 'a\u2028b', 'x\U000e0001']:
    try:
        print(ascii(host), host.encode('idna'))
    except UnicodeError as e:
        print(ascii(host), type(e).__name__, e, ascii(e.__cause__))
for data in [b'xn--bcher-kva.CH', b'XN--BCHER-KVA.ch', b'xn--zz', b'xn--abc-', b'a.b.', b'xn--b\xc3', b'xn--d1acufc.xn--p1ai']:
    try:
        print(data, ascii(data.decode('idna')))
    except UnicodeError as e:
        print(data, type(e).__name__, e)
for fn in [lambda: 'a'.encode('idna', 'replace'), lambda: b'a'.decode('idna', 'ignore')]:
    try:
        fn()
    except UnicodeError as e:
        print(type(e).__name__, e)
enc = codecs.getincrementalencoder('idna')()
print([enc.encode(part) for part in ['b\u00fc', 'cher.', 'exa', 'mple', '.org']], enc.encode('', True))
dec = codecs.getincrementaldecoder('idna')()
print([dec.decode(part) for part in [b'xn--bc', b'her-kva.', b'ch']], dec.decode(b'', True))
print(stringprep.in_table_a1('\u0221'), stringprep.in_table_b1('\u00ad'), ascii(stringprep.map_table_b2('\u00df')),
      ascii(stringprep.map_table_b3('\u0130')), stringprep.in_table_c12('\u3000'), stringprep.in_table_d1('\u05d0'),
      stringprep.in_table_d2('a'), stringprep.in_table_c9('\U000e0001'), stringprep.in_table_c22('\u2028'))

# quoted-printable: binascii, the quopri module and the quopri codec
texts = [b'hello world', b'caf\xc3\xa9 = \tend \nnext line\t\n', b'.\n', b'a' * 100, b'trailing space ',
         b'crlf line\r\nsecond\r\n', b'under_score and space', b'\x00\xff=']
for t in texts:
    print(binascii.b2a_qp(t), binascii.b2a_qp(t, quotetabs=True), binascii.b2a_qp(t, header=True),
          binascii.b2a_qp(t, istext=False))
    print('  ', quopri.encodestring(t), quopri.encodestring(t, quotetabs=True), codecs.encode(t, 'quopri'))
    assert quopri.decodestring(quopri.encodestring(t)) == t and codecs.decode(codecs.encode(t, 'quopri'), 'quopri') == t
for qp in [b'a=3Db=\nc', b'=41=4a=zz', b'soft=\r\nbreak', b'end=', b'a_b=20c', b'==41']:
    print(qp, binascii.a2b_qp(qp), quopri.decodestring(qp, header=True))
out = io.BytesIO()
quopri.encode(io.BytesIO(b'tab\there\n'), out, quotetabs=False)
print(out.getvalue(), quopri.needsquoting(b'=', False, False), quopri.quote(b'\xab'), quopri.unhex(b'7f'))

# uu and bz2
for data in [b'', b'hello', bytes(range(100))]:
    e = codecs.encode(data, 'uu')
    print(e[:40], codecs.decode(e, 'uu') == data, binascii.b2a_uu(data[:45]), binascii.b2a_uu(data[:3], backtick=True))
print(codecs.encode(b'abc', 'uu_codec'), binascii.a2b_uu(b'#86)C\n'), binascii.a2b_uu(b''))
for bad in [b'no begin here\n', b'begin 666 x\n#86)C\n', b'begin 666 x\n#86)Cxxxx\n \nend\n']:
    try:
        print(codecs.decode(bad, 'uu'))
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [b'!\x7f', b'#86)Cxx!!']:
    try:
        binascii.a2b_uu(bad)
    except binascii.Error as e:
        print(type(e).__name__, e)
z = codecs.encode(b'spam' * 50, 'bz2')
print(z[:4], codecs.decode(z, 'bz2') == b'spam' * 50)
enc = codecs.getincrementalencoder('bz2')()
dec = codecs.getincrementaldecoder('bz2')()
stream = enc.encode(b'eggs' * 20) + enc.encode(b'!', final=True)
print(b''.join(dec.decode(stream[i:i + 7]) for i in range(0, len(stream), 7)) == b'eggs' * 20 + b'!')

z = codecs.encode(b'spam' * 50, 'zlib')
enc = codecs.getincrementalencoder('zlib')()
dec = codecs.getincrementaldecoder('zlib')()
stream = enc.encode(b'eggs' * 20) + enc.encode(b'!', final=True)
print(z[:6], codecs.decode(z, 'zlib') == b'spam' * 50, stream == codecs.encode(b'eggs' * 20 + b'!', 'zlib'),
      b''.join(dec.decode(stream[i:i + 7]) for i in range(0, len(stream), 7)) + dec.decode(b'', True))

# Exceptions raised inside codecs come out wrapped as in CPython (same type, chained).
for fn in [lambda: codecs.encode(b'x', 'quopri', 'ignore'), lambda: codecs.decode(b'abc', 'hex'),
           lambda: codecs.decode(b'x', 'bz2'), lambda: 'a..b'.encode('idna'), lambda: 'x'.encode('undefined'),
           lambda: codecs.decode(b'xn--zz', 'idna')]:
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e, '| cause:', type(e.__cause__).__name__)
try:
    open(__file__, encoding='hex')
except LookupError as e:
    print(e)
