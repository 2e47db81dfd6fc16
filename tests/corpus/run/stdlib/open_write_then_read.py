# A writer dropped without close() is flushed before the next open(), so reading the file back sees the data (CPython closes it at once).
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, 'a.txt')
open(p, 'w').write('hello\n')
print(repr(open(p).read()))
open(p, 'a').write('more\n')
with open(p) as fh:
    print(fh.read().splitlines())
open(p, 'wb').write(b'\x00\x01')
print(open(p, 'rb').read())
from pathlib import Path
q = Path(d) / 'b.txt'
open(q, 'w').write('via pathlib')
print(q.read_text())
for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
