# io.StringIO and io.BytesIO.
import io

s = io.StringIO()
print(s.write('hello'), s.write(' world\n'), s.tell(), s.getvalue())
print(s.read(), s.seek(0), s.read(5), s.readline(), repr(s.readline()))
print(s.closed, s.readable(), s.writable(), s.seekable(), s.line_buffering, s.newlines)
s.seek(6)
s.write('W')
print(s.getvalue())
s.seek(20)
s.write('x')
print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(0)
print(s.truncate(), repr(s.getvalue()))
try:
    s.name
except AttributeError:
    print('no name')
for args in [(1, 1), (1, 2), (-1,), (0, 5)]:
    try:
        s.seek(*args)
    except Exception as e:
        print(type(e).__name__, e)
s.close()
for op in [s.getvalue, s.read, lambda: s.write('x'), s.tell]:
    try:
        op()
    except ValueError as e:
        print('ValueError', e)

s = io.StringIO('a\nb\r\nc\rd')
print(s.readlines(), s.getvalue().count('\r'))
print([line for line in io.StringIO('x\ny\nz')])
print(io.StringIO('one\ntwo\nthree').readlines(5))
for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO('a\nb\r\nc\rd', newline=nl)
    print(repr(nl), s.readlines(), repr(s.getvalue()), repr(s.newlines))
    s = io.StringIO(newline=nl)
    s.write('x\ny\r\nz')
    print(repr(nl), repr(s.getvalue()))
try:
    io.StringIO(newline='x')
except ValueError as e:
    print('ValueError', e)
try:
    io.StringIO(b'x')
except TypeError as e:
    print('TypeError', e)
try:
    io.StringIO().write(b'x')
except TypeError as e:
    print('TypeError', e)
with io.StringIO('ctx') as s:
    print(s.read())
print(s.closed)
print('é€😀', file=(s := io.StringIO()))
print(repr(s.getvalue()), s.tell(), len(s.getvalue()))

class Upper(io.StringIO):
    def write(self, text):
        return super().write(text.upper())
u = Upper()
print('shout', file=u)
print(repr(u.getvalue()), isinstance(u, io.TextIOBase), isinstance(u, io.IOBase))

b = io.BytesIO(b'abc\ndef\n')
print(b.read(2), b.readline(), b.tell(), b.read(), b.read())
b.seek(0)
print(b.readlines(), b.getvalue())
b.seek(1)
print(b.write(b'XY'), b.getvalue(), b.tell())
b.seek(0, 2)
b.write(bytearray(b'!'))
print(b.getvalue(), b.truncate(3), b.getvalue(), b.tell())
b.seek(10)
b.write(b'z')
print(b.getvalue())
print(b.seek(-2, 2), b.read(), b.seek(-100, 1))
ba = bytearray(3)
b.seek(0)
print(b.readinto(ba), ba, b.read1(2))
print(list(io.BytesIO(b'1\n2\n3')))
print(b.readable(), b.writable(), b.seekable(), b.closed)
try:
    b.seek(-1)
except ValueError as e:
    print('ValueError', e)
try:
    b.write('x')
except TypeError as e:
    print('TypeError', e)
b.close()
try:
    b.getvalue()
except ValueError as e:
    print('ValueError', e)
print(isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.BytesIO(), io.IOBase), isinstance(io.BytesIO(), io.TextIOBase))
print(io.BytesIO(b'abc').getbuffer()[1] if hasattr(io.BytesIO, 'getbuffer') else 98)
