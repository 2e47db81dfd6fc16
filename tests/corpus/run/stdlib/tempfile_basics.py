# tempfile: directories and files that clean up after themselves.
import os
import tempfile

print(os.path.isdir(tempfile.gettempdir()), tempfile.gettempprefix(), type(tempfile.gettempdirb()).__name__)
with tempfile.TemporaryDirectory() as d:
    print(os.path.isdir(d), os.path.basename(d).startswith('tmp'), len(os.path.basename(d)), os.path.isabs(d))
    fd, path = tempfile.mkstemp(suffix='.txt', dir=d)
    print(type(fd).__name__, os.path.dirname(path) == d, path.endswith('.txt'), os.path.exists(path), oct(os.stat(path).st_mode & 0o777))
    fd2, path2 = tempfile.mkstemp(prefix='pre_', dir=d, text=True)
    print(os.path.basename(path2).startswith('pre_'), path != path2)
    with tempfile.NamedTemporaryFile('w', dir=d, suffix='.log', delete=False) as f:
        f.write('log line\n')
        name = f.name
    print(os.path.basename(name).endswith('.log'), f.closed if hasattr(f, 'closed') else True)
    with open(name) as fh:
        print(fh.read(), end='')
    with tempfile.NamedTemporaryFile(dir=d) as f:
        f.write(b'abc')
        f.seek(0)
        print(f.read(), os.path.exists(f.name), f.name.startswith(d))
    print(os.path.exists(f.name))
    with tempfile.TemporaryFile('w+') as t:
        t.write('tmp text')
        t.seek(0)
        print(t.read())
    with tempfile.TemporaryFile() as t:
        t.write(b'\x00\x01')
        t.seek(0)
        print(t.read())
    sub = tempfile.mkdtemp(prefix='x_', suffix='_y', dir=d)
    print(os.path.basename(sub)[:2], sub.endswith('_y'), oct(os.stat(sub).st_mode & 0o777))
    td = tempfile.TemporaryDirectory(dir=d)
    with open(os.path.join(td.name, 'inner.txt'), 'w') as fh:
        fh.write('x')
    os.mkdir(os.path.join(td.name, 'nested'))
    print(repr(td).startswith("<TemporaryDirectory '"), os.path.exists(td.name))
    td.cleanup()
    print(os.path.exists(td.name))
    td.cleanup()
    spooled = tempfile.SpooledTemporaryFile(max_size=10, mode='w+')
    spooled.write('small')
    spooled.seek(0)
    print(spooled.read())
    spooled.close()
    print(sorted(os.path.splitext(n)[1] for n in os.listdir(d)))
print(os.path.exists(d))
names = {os.path.basename(tempfile.mktemp()) for _ in range(5)}
print(len(names), all(n.startswith('tmp') for n in names))

# The usual mkstemp idioms: os.fdopen(fd) and os.close(fd).

fd, path = tempfile.mkstemp(suffix='.txt')
with os.fdopen(fd, 'w') as f:
    f.write('hello\n')
print(open(path).read(), end='')
fd2, path2 = tempfile.mkstemp()
os.close(fd2)
os.remove(path); os.remove(path2)
print(os.path.exists(path), os.path.exists(path2))
