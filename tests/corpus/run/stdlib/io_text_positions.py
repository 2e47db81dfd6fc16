# Text tell()/seek() cookies across CRLF endings, chunk boundaries and multi-byte characters; w+ mixing.
import os, tempfile, io
d = tempfile.mkdtemp(); os.chdir(d)
with open('crlf.txt', 'wb') as f:
    f.write(b'ab\r\ncd\r\n\r\nef\ngh')
for nl in [None, '', '\r\n']:
    with open('crlf.txt', newline=nl) as f:
        out = []
        while True:
            t = f.tell()
            l = f.readline()
            if not l: break
            out.append((t, l))
        print(out)
        for t, l in out:
            f.seek(t)
            assert f.readline() == l, (t, l)
# big file with crlf spanning chunk boundaries
with open('big.txt', 'wb') as f:
    f.write(b'x' * 8191 + b'\r\n' + b'y\r\n' * 5000)
with open('big.txt') as f:
    lines = f.readlines()
print(len(lines), repr(lines[0][-3:]), repr(lines[1]))
with open('big.txt', newline='') as f:
    lines = f.readlines()
print(len(lines), repr(lines[0][-3:]), repr(lines[1]))
with open('big.txt', newline='\r\n') as f:
    lines = f.readlines()
print(len(lines), repr(lines[0][-3:]), repr(lines[1]))
with open('big.txt') as f:
    f.readline(); f.readline()
    t = f.tell(); print(t); print(repr(f.read(4)))
    f.seek(t); print(repr(f.read(4)))
# utf-8 char across chunk boundary + tell
with open('u.txt', 'w', encoding='utf-8') as f:
    f.write('a' * 8191 + 'é' + 'z\n' + 'ü' * 10)
with open('u.txt', encoding='utf-8') as f:
    s = f.read(8192); print(repr(s[-2:]), f.tell())
    print(repr(f.readline()), f.tell(), repr(f.read()))
# read after write in w+ with text; tell after write
with open('w.txt', 'w+') as f:
    f.write('abc\ndef\n')
    print(f.tell())
    f.seek(0)
    print(repr(f.readline()), f.tell())
    f.write('XYZ')
    print(f.tell())
    f.seek(0)
    print(repr(f.read()))
with open('x.txt', 'w') as f:
    try:
        f.write(5)
    except TypeError as e:
        print(e)
f = open('x.txt', 'w', newline='')
f.write('a\r\nb\n'); f.close()
print(open('x.txt', 'rb').read())
print(open('x.txt').newlines)
f = open('x.txt'); f.read(); print(repr(f.newlines)); f.close()

# tell() is refused while iterating with next(), until a seek or the end of the file.
f = open('x.txt')
next(f)
try:
    f.tell()
except OSError as e:
    print(type(e).__name__, e)
f.seek(0)
print(f.tell(), repr(f.readline()), f.tell())
for line in f:
    pass
print(f.tell())
f.close()
