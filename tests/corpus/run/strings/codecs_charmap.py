# The single-byte charmap codecs: every table round-trips, names and aliases resolve like CPython's,
# errors and error handlers (strict/ignore/replace/backslashreplace/xmlcharrefreplace/
# surrogateescape/namereplace) behave the same; tables are printed as digests.
import codecs
import hashlib

NAMES = """cp037 cp273 cp424 cp437 cp500 cp720 cp737 cp775 cp850 cp852 cp855 cp856 cp857 cp858 cp860
cp861 cp862 cp863 cp864 cp865 cp866 cp869 cp874 cp875 cp1006 cp1026 cp1125 cp1140 cp1250 cp1251
cp1252 cp1253 cp1254 cp1255 cp1256 cp1257 cp1258 latin_1 iso8859_2 iso8859_3 iso8859_4 iso8859_5
iso8859_6 iso8859_7 iso8859_8 iso8859_9 iso8859_10 iso8859_11 iso8859_13 iso8859_14 iso8859_15
iso8859_16 koi8_r koi8_t koi8_u kz1048 mac_arabic mac_croatian mac_cyrillic mac_farsi mac_greek
mac_iceland mac_latin2 mac_roman mac_romanian mac_turkish palmos ptcp154 tis_620 hp_roman8""".split()

for name in NAMES:
    table = bytes(range(256)).decode(name, 'replace')
    defined = bytes(b for b in range(256) if table[b] != '\ufffd')
    text = defined.decode(name)
    assert text.encode(name) == defined or name in ('cp875', 'cp1006', 'mac_arabic', 'mac_farsi')
    digest = hashlib.sha1(table.encode('utf-8')).hexdigest()[:12]
    back = hashlib.sha1(text.encode(name)).hexdigest()[:12]
    print(name, codecs.lookup(name).name, len(defined), digest, back)

# Characters listed twice in a table encode to the last byte listing them, as CPython's do.
print(' '.join(c for c in '\u00a0\u0020\u060c'.encode('mac_arabic', 'replace').hex()))
print('\u00a0'.encode('cp875', 'replace'), '\u00ad'.encode('cp1006', 'replace'))

for alias in ['latin1', 'l1', 'Latin-1', 'ISO-8859-1', 'iso_8859_1', '8859', 'cp819', 'windows_1252',
              'windows-1251', '1252', 'koi8-r', 'KOI8_R', 'macroman', 'mac-roman', 'macintosh',
              'maccyrillic', 'macgreek', 'maciceland', 'maclatin2', 'macturkish', 'ibm437', '437',
              'IBM850', 'ebcdic-cp-us', 'ibm1140', 'cp1125', 'ruscii', 'thai', 'tis620', 'l2', 'latin9',
              'iso-8859-16', 'greek', 'hebrew', 'arabic', 'cyrillic', 'roman8', 'r8', 'csHPRoman8',
              'strk1048_2002', 'rk1048', 'cp154', 'pt154', 'cyrillic-asian', 'iso-ir-100', 'csisolatin2',
              'cp-1252', 'windows 1252', 'latin-2', 'ISO8859-15', 'cp_437', 'iso8859.1', 'ISO_8859-1:1987',
              ' utf8 ', 'utf--8', 'aliases', 'encodings', '__init__', 'search_function', 'tactis',
              'mbcs', '.']:
    try:
        print(alias, '->', codecs.lookup(alias).name)
    except LookupError as e:
        print(alias, 'LookupError:', e)

sample = 'Grüße, Ελλάδα, Привет, שלום, ≈ € \U0001f600'
for name in ['cp437', 'cp1252', 'cp1251', 'iso8859_7', 'koi8_r', 'cp037', 'mac_roman']:
    for errors in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace']:
        print(name, errors, sample.encode(name, errors))
    try:
        sample.encode(name)
    except UnicodeEncodeError as e:
        print(' ', type(e).__name__, e, e.start, e.end)

for name in ['cp1252', 'iso8859_3', 'cp874', 'cp856', 'koi8_t']:
    data = bytes(range(0x80, 0x100))
    for errors in ['replace', 'ignore', 'backslashreplace', 'surrogateescape']:
        text = data.decode(name, errors)
        print(name, errors, len(text), ascii(text[:24]))
    try:
        data.decode(name)
    except UnicodeDecodeError as e:
        print(' ', e, e.start, e.end)
    round_trip = data.decode(name, 'surrogateescape').encode(name, 'surrogateescape')
    print('  surrogateescape round trip', round_trip == data)

# codecs.charmap_encode/decode/build and the 'charmap' codec with a mapping
table = 'abc\ufffe' + ''.join(chr(0x100 + i) for i in range(252))
m = codecs.charmap_build(table)
print(codecs.charmap_decode(b'\x00\x01\x02\x05', 'strict', table))
print(codecs.charmap_encode('cab\u0101', 'strict', m))
print(codecs.charmap_decode(b'\x00\x01', 'strict', {0: 'x', 1: 0x263a}))
print(codecs.charmap_encode('xy', 'strict', {ord('x'): 65, ord('y'): b'BB'}))
for bad in [b'\x03', b'\x00\x03\x01']:
    try:
        codecs.charmap_decode(bad, 'strict', table)
    except UnicodeDecodeError as e:
        print(e)
print(codecs.charmap_decode(b'\x00\x03\x01', 'replace', table))
print(codecs.decode(b'\x00\x01', 'charmap'), codecs.encode('\xe9', 'charmap'))
print(codecs.getincrementaldecoder('charmap')(mapping=table).decode(b'\x02\x00'))
for fn in [lambda: 'x'.encode('undefined'), lambda: b'x'.decode('undefined')]:
    try:
        fn()
    except UnicodeError as e:
        print(type(e).__name__, e)

# incremental and stream classes, open() with a charmap encoding
enc = codecs.getincrementalencoder('cp850')()
dec = codecs.getincrementaldecoder('cp850')()
data = b''.join(enc.encode(c) for c in 'Ça va? ½ ░▒▓')
print(data, ''.join(dec.decode(data[i:i + 1]) for i in range(len(data))))
import io
stream = io.BytesIO()
writer = codecs.getwriter('koi8_u')(stream)
writer.write('Київ ґанок')
print(stream.getvalue(), codecs.getreader('koi8_u')(io.BytesIO(stream.getvalue())).read())
import os
import tempfile
path = os.path.join(tempfile.mkdtemp(), 'cp1251.txt')
with open(path, 'w', encoding='windows-1251') as f:
    f.write('Съешь же ещё этих мягких булок\n')
with open(path, 'rb') as f:
    print(f.read())
with open(path, encoding='cp1251') as f:
    print(f.read(), end='')
os.remove(path)
