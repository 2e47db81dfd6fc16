# Text files: modes, reading APIs, newline handling, seek/tell, truncate, r+/w+/a+.
import io, os, tempfile, pathlib

d = tempfile.mkdtemp()
os.chdir(d)

with open('a.txt', 'w') as f:
    print(repr(f))
    print(f.write('line1\nline2\n'), f.write('tail'))
    print(f.name, f.mode, f.encoding, f.errors, f.closed, f.line_buffering, f.newlines)
    print(f.readable(), f.writable(), f.seekable(), f.isatty(), type(f.fileno()).__name__)
print(f.closed)

with open('a.txt') as f:
    print(repr(f.read()))
with open('a.txt') as f:
    print(repr(f.read(3)), repr(f.readline()), repr(f.readline(2)), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open('a.txt') as f:
    print(f.readlines())
with open('a.txt') as f:
    print(f.readlines(7))
with open('a.txt') as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(pathlib.Path('a.txt')) as f:
    print(repr(f.name), f.read(5))
with open(b'a.txt') as f:
    print(repr(f.name), f.read(5))

# newline handling on read
with open('nl.txt', 'wb') as f:
    f.write(b'a\r\nb\rc\nd\r\n\re')
for nl in [None, '', '\n', '\r', '\r\n']:
    with open('nl.txt', newline=nl) as f:
        lines = f.readlines()
        print(repr(nl), lines, repr(f.newlines))
    with open('nl.txt', newline=nl) as f:
        print(repr(nl), repr(f.read()))

# newline translation on write
for nl in [None, '', '\n', '\r', '\r\n']:
    with open('w.txt', 'w', newline=nl) as f:
        f.write('x\ny\r\nz\r')
    with open('w.txt', 'rb') as f:
        print(repr(nl), f.read())

# seek / tell
with open('a.txt') as f:
    print(f.tell())
    f.readline()
    pos = f.tell()
    print(pos, repr(f.readline()))
    f.seek(pos)
    print(repr(f.readline()))
    f.seek(0)
    print(repr(f.read(4)), f.tell())
    print(f.seek(0, 2), repr(f.read()))
    for args in [(1, 1), (-1, 2), (-1,), (0, 3)]:
        try:
            f.seek(*args)
        except Exception as e:
            print(type(e).__name__, e)
    print(f.seek(0, 1) == f.tell())

with open('u.txt', 'w', encoding='utf-8') as f:
    f.write('héllo\nwörld\n€uro\n')
with open('u.txt', encoding='utf-8') as f:
    f.readline()
    t = f.tell()
    print(t, repr(f.read(3)))
    f.seek(t)
    print(repr(f.readline()), f.tell())

# r+, w+, a+
with open('rw.txt', 'w+') as f:
    f.write('hello world\n')
    f.seek(0)
    print(repr(f.read()))
    f.seek(6)
    f.write('there')
    f.seek(0)
    print(repr(f.read()))
    print(f.truncate(5), f.tell())
    f.seek(0)
    print(repr(f.read()))
with open('rw.txt', 'r+') as f:
    print(repr(f.read(2)))
    f.seek(0)
    f.write('J')
    f.seek(0)
    print(repr(f.read()))
with open('rw.txt', 'a+') as f:
    print(f.tell())
    f.write('!!')
    f.seek(0)
    print(repr(f.read()))
with open('rw.txt', 'a') as f:
    f.write('?')
print(repr(open('rw.txt').read()))

with open('p.txt', 'w') as f:
    print('a', 1, 2.5, sep='-', end='|\n', file=f)
    print(file=f)
    f.writelines(['x\n', 'y\n'])
print(repr(open('p.txt').read()))

# truncate grows and shrinks; writes after truncate
with open('t.txt', 'w') as f:
    f.write('0123456789')
    f.truncate(4)
    f.seek(0, 2)
    f.write('ab')
print(repr(open('t.txt').read()))

# errors on wrong operations
f = open('a.txt')
for op in [lambda: f.write('x'), lambda: f.truncate(0)]:
    try:
        op()
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
f.close()
for op in [f.read, f.readline, lambda: f.write('x'), f.tell, lambda: f.seek(0), lambda: next(f), f.readlines]:
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
g = open('new.txt', 'w')
try:
    g.read()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
g.close()
print(sorted(os.listdir('.')))
