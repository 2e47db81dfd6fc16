# Encodings and error handlers of text files.
import io, os, tempfile

d = tempfile.mkdtemp()
os.chdir(d)

text = 'naïve café €5 ñ\nsecond line\n'
for enc in ['utf-8', 'utf8', 'UTF-8', 'utf-8-sig', 'latin-1', 'iso-8859-1', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'cp1252']:
    try:
        with open('e.txt', 'w', encoding=enc) as f:
            print(enc, f.encoding, f.write(text))
    except UnicodeEncodeError as e:
        print(enc, 'UnicodeEncodeError', e)
        continue
    with open('e.txt', 'rb') as f:
        raw = f.read()
    print(len(raw), raw[:8])
    with open('e.txt', encoding=enc) as f:
        print(f.read() == text)
    with open('e.txt', encoding=enc) as f:
        f.readline()
        t = f.tell()
        print(repr(f.read(6)))
        f.seek(t)
        print(repr(f.readline()))

try:
    open('e.txt', encoding='no-such-codec')
except LookupError as e:
    print('LookupError', e)

with open('bad.bin', 'wb') as f:
    f.write(b'ok \xff\xfe bad \xc3\n')
for errors in ['strict', 'ignore', 'replace', 'surrogateescape', 'backslashreplace']:
    try:
        with open('bad.bin', errors=errors) as f:
            s = f.read()
            print(errors, ascii(s), f.errors)
    except UnicodeDecodeError as e:
        print(errors, 'UnicodeDecodeError', e, e.start, e.end, e.reason)

with open('bad.bin', encoding='ascii', errors='replace') as f:
    print(ascii(f.read()))
try:
    open('bad.bin', encoding='ascii').read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)

for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
    try:
        with open('enc.txt', 'w', encoding='ascii', errors=errors) as f:
            f.write('a€b\n')
        print(errors, open('enc.txt', 'rb').read())
    except UnicodeEncodeError as e:
        print(errors, 'UnicodeEncodeError', e)
for errors in ['strict', 'replace', 'xmlcharrefreplace']:
    try:
        with open('enc.txt', 'w', encoding='latin-1', errors=errors) as f:
            f.write('é€\n')
        print(errors, open('enc.txt', 'rb').read())
    except UnicodeEncodeError as e:
        print(errors, 'UnicodeEncodeError', e)

with open('sur.txt', 'w', errors='surrogateescape') as f:
    f.write('x\udcff\n')
print(open('sur.txt', 'rb').read())

# A BOM is only written at the start of the file.
with open('bom.txt', 'w', encoding='utf-8-sig') as f:
    f.write('a')
with open('bom.txt', 'a', encoding='utf-8-sig') as f:
    f.write('b')
print(open('bom.txt', 'rb').read(), repr(open('bom.txt', encoding='utf-8-sig').read()), repr(open('bom.txt', encoding='utf-8').read()))
with open('u16.txt', 'w', encoding='utf-16') as f:
    f.write('hi')
    f.seek(0)
    f.write('HI')
print(open('u16.txt', 'rb').read())

# a large multi-byte file read in chunks keeps characters whole
big = ''.join(chr(0x400 + i % 200) + ('\n' if i % 37 == 0 else '') for i in range(30000))
with open('big.txt', 'w', encoding='utf-8') as f:
    f.write(big)
with open('big.txt', encoding='utf-8') as f:
    lines = f.readlines()
print(len(lines), ''.join(lines) == big)
with open('big.txt', encoding='utf-8') as f:
    parts = []
    while True:
        p = f.read(1000)
        if not p:
            break
        parts.append(p)
print(len(parts), ''.join(parts) == big)
with open('big.txt', encoding='utf-8') as f:
    f.read(12345)
    t = f.tell()
    a = f.read(10)
    f.seek(t)
    print(f.read(10) == a, a == big[12345:12355])
