# TextIOWrapper over other streams, detach, buffer/raw, reconfigure, standard streams, subclasses.
import io, os, sys, tempfile

b = io.BytesIO()
t = io.TextIOWrapper(b, encoding='utf-8', newline='\r\n')
print(repr(t), t.encoding, t.errors, t.line_buffering, t.buffer is b)
print(t.write('a\nb\n'), t.tell())
t.flush()
print(b.getvalue())
t.seek(0)
print(repr(t.read()))
raw = t.detach()
print(raw is b)
try:
    t.read()
except ValueError as e:
    print('ValueError', e)

t = io.TextIOWrapper(io.BytesIO('x\ny\r\nz'.encode('utf-16')), encoding='utf-16')
print(t.readlines(), t.newlines)
t = io.TextIOWrapper(io.BytesIO(b'abc'), encoding='latin-1', errors='ignore')
print(t.read(), t.encoding, t.errors)
try:
    io.TextIOWrapper(io.BytesIO(), newline='bad')
except ValueError as e:
    print('ValueError', e)

br = io.BufferedReader(io.BytesIO(b'one\ntwo\n'))
print(repr(br), br.readline(), br.peek(2)[:2], br.read())
bw = io.BufferedWriter(io.BytesIO())
print(bw.write(b'xyz'), bw.raw.getvalue(), end=' ')
bw.flush()
print(bw.raw.getvalue())

d = tempfile.mkdtemp()
os.chdir(d)
f = open('s.txt', 'w')
print(type(f).__name__, type(f.buffer).__name__, type(f.buffer.raw).__name__)
print(isinstance(f, io.TextIOBase), isinstance(f, io.IOBase), isinstance(f.buffer, io.BufferedIOBase), isinstance(f.buffer.raw, io.RawIOBase))
print(isinstance(f, io.TextIOWrapper), isinstance(f.buffer, io.BufferedWriter), isinstance(f.buffer.raw, io.FileIO))
f.buffer.write(b'bytes ')
f.write('text')
f.reconfigure(newline='\r\n')
f.write('\n')
f.close()
print(f.closed, f.buffer.closed, f.buffer.raw.closed)
print(open('s.txt', 'rb').read())

f = open('s.txt', 'r+')
b = f.detach()
print(repr(b), b.read())
b.close()

print(sys.stdout.encoding, sys.stdout.errors, sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.mode)
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno(), sys.stdout.writable(), sys.stdin.readable())
print(type(sys.stdout).__name__, type(sys.stdout.buffer).__name__, sys.stdout.line_buffering)
sys.stdout.flush()
sys.stdout.buffer.write(b'raw bytes to stdout\n')
sys.stdout.buffer.flush()
print(sys.stdout.write('written\n'))
print(io.open is open, io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))

class Counter(io.IOBase):
    def __init__(self):
        self.lines = ['a\n', 'b\n']
    def readable(self):
        return True
    def readline(self, size=-1):
        return self.lines.pop(0) if self.lines else ''
c = Counter()
print(list(c), c.closed)
with c:
    pass
print(c.closed)

class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n
r = Raw(b'hello raw\nline2\n')
print(r.read(5), r.readall())
br = io.BufferedReader(Raw(b'p\nq\n'))
print(br.readlines())
