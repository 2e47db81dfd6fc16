# gzip: compress/decompress (byte-identical with a fixed mtime), GzipFile and gzip.open.
import gzip
import io
import os
import tempfile
import zlib

data = b'The quick brown fox jumps over the lazy dog. ' * 20
for level in (1, 6, 9):
    c = gzip.compress(data, compresslevel=level, mtime=0)
    print(level, len(c), c[:10], zlib.crc32(c), gzip.decompress(c) == data)
print(gzip.compress(b'', mtime=1234567890))
two = gzip.compress(b'first ', mtime=0) + gzip.compress(b'second', mtime=0)
print(gzip.decompress(two))
for bad in [b'not gzip data', gzip.compress(b'abc', mtime=0)[:-3], gzip.compress(b'abc', mtime=0)[:-8] + b'\x00' * 8]:
    try:
        gzip.decompress(bad)
    except (OSError, EOFError) as e:
        print(type(e).__name__, e)

buf = io.BytesIO()
with gzip.GzipFile(filename='notes.txt.gz', mode='wb', fileobj=buf, mtime=0) as f:
    f.write(b'line one\n')
    f.writelines([b'line two\n', b'line three'])
raw = buf.getvalue()
print(raw[:20], len(raw), zlib.crc32(raw))
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    print(f.readline(), f.read(4), f.read(), f.mtime)
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    print(list(f))

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'data.txt.gz')
with gzip.open(path, 'wb') as f:
    f.write(data)
with open(path, 'rb') as f:
    head = f.read(10)
print(head[:4], head[8:])
with gzip.open(path, 'rb') as f:
    print(f.read() == data)
with gzip.open(path, 'wt', encoding='utf-8') as f:
    f.write('héllo\nwörld\n')
with gzip.open(path, 'rt', encoding='utf-8') as f:
    print(f.readlines())
with gzip.open(path) as f:
    print(f.read())
for args in [dict(mode='rbt'), dict(mode='rb', encoding='utf-8'), dict(mode='z')]:
    try:
        gzip.open(path, **args)
    except ValueError as e:
        print('ValueError', e)
try:
    gzip.open(123)
except TypeError as e:
    print('TypeError', e)
os.remove(path)
os.rmdir(tmp)
