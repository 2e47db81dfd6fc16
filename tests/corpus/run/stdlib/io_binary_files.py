# Binary files: BufferedReader/Writer/Random and FileIO.
import io, os, tempfile

d = tempfile.mkdtemp()
os.chdir(d)

with open('b.bin', 'wb') as f:
    print(repr(f), repr(f.raw), f.mode, f.name, f.closed)
    print(f.write(b'hello\nworld\n'), f.write(bytearray(b'xyz')), f.tell())
    print(f.writable(), f.readable(), f.seekable())
    try:
        f.write('str')
    except TypeError as e:
        print('TypeError', e)
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e)

with open('b.bin', 'rb') as f:
    print(repr(f), f.mode)
    print(f.read(3), f.read1(4), f.peek(1)[:1], f.readline(), f.readline(2), f.read(), f.read())
    f.seek(0)
    print(f.readlines())
    f.seek(-3, 2)
    print(f.tell(), f.read())
    f.seek(2)
    f.seek(3, 1)
    print(f.tell(), f.read(2))
    ba = bytearray(4)
    print(f.readinto(ba), ba)
    f.seek(0)
    print([line for line in f])
    try:
        f.write(b'x')
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e)

with open('b.bin', 'r+b') as f:
    print(repr(f))
    print(f.read(5))
    f.write(b'!!')
    f.seek(0)
    print(f.read())
    print(f.truncate(4), f.tell())
    f.seek(0)
    print(f.read())

with open('b.bin', 'ab') as f:
    print(f.tell(), f.write(b'++'))
with open('b.bin', 'rb') as f:
    print(f.read())

with open('raw.bin', 'wb', buffering=0) as f:
    print(repr(f), f.write(b'abc'), f.tell(), f.mode, f.closefd)
with open('raw.bin', 'rb', buffering=0) as f:
    print(f.read(2), f.readall(), f.read(), f.read(10))
    f.seek(0)
    print(f.readline(), f.readinto(bytearray(2)))
print(repr(f))

with open('x.bin', 'xb') as f:
    print(repr(f), f.raw.mode)
try:
    open('x.bin', 'xb')
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)

with open('w.bin', 'w+b') as f:
    print(f.raw.mode, f.write(bytes(range(10))))
    f.seek(4)
    print(f.read(3), f.tell())
    f.seek(0)
    f.write(b'AB')
    print(f.read(2), f.tell())
    f.flush()
print(open('w.bin', 'rb').read())

# big writes and reads cross the buffer size
data = bytes(range(256)) * 200
with open('big.bin', 'wb') as f:
    for i in range(0, len(data), 1000):
        f.write(data[i:i + 1000])
with open('big.bin', 'rb') as f:
    got = f.read()
    print(len(got), got == data)
    f.seek(10000)
    print(f.read(5) == data[10000:10005], f.tell())
with open('big.bin', 'rb') as f:
    n = 0
    while True:
        chunk = f.read(3000)
        if not chunk:
            break
        n += len(chunk)
    print(n)

# file descriptors
fd = os.open('fd.bin', os.O_WRONLY | os.O_CREAT)
f = open(fd, 'wb')
print(type(f).__name__, f.name == fd)
f.write(b'fd data')
f.close()
fd = os.open('fd.bin', os.O_RDONLY)
f = open(fd, 'rb', closefd=False)
print(f.read(), f.closefd if hasattr(f, 'closefd') else f.raw.closefd)
f.close()
print(os.read(fd, 10), os.lseek(fd, 0, 0), os.read(fd, 2))
os.close(fd)

def opener(path, flags):
    print('opener', path, flags & os.O_CREAT != 0)
    return os.open(path, flags, 0o644)
with open('op.txt', 'w', opener=opener) as f:
    f.write('via opener')
print(open('op.txt').read())
print(sorted(os.listdir('.')))
