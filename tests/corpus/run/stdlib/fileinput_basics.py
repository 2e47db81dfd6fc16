# fileinput: reading several files, line counters, nextfile, in-place editing with backups.
import fileinput
import os
import tempfile

tmp = tempfile.mkdtemp()


def make(name, text):
    path = os.path.join(tmp, name)
    with open(path, 'w') as f:
        f.write(text)
    return path


a = make('a.txt', 'alpha 1\nalpha 2\nalpha 3\n')
b = make('b.txt', 'beta 1\nbeta 2')
empty = make('empty.txt', '')
rel = lambda p: os.path.relpath(p, tmp) if p else p

for line in fileinput.input([a, empty, b]):
    print(fileinput.lineno(), rel(fileinput.filename()), fileinput.filelineno(),
          fileinput.isfirstline(), fileinput.isstdin(), repr(line))
print(fileinput.lineno(), fileinput.filelineno())
fileinput.close()
try:
    fileinput.lineno()
except RuntimeError as e:
    print('RuntimeError:', e)

with fileinput.FileInput([a, b]) as f:
    for line in f:
        if f.filelineno() == 2:
            f.nextfile()
            continue
        print(rel(f.filename()), line.rstrip())

with fileinput.input(files=(a,), mode='rb') as f:
    print([line for line in f])

with fileinput.input(a, openhook=fileinput.hook_encoded('utf-8')) as f:
    print(f.readline(), f.readline(), f.lineno())

# in-place editing: print() output replaces the file, a backup is kept when asked
with fileinput.input([a, b], inplace=True, backup='.orig') as f:
    for line in f:
        print(line.rstrip().upper() + '!')
print(sorted(os.listdir(tmp)))
with open(a) as f:
    print(f.read())
with open(b + '.orig') as f:
    print(f.read())

for bad in [dict(mode='w'), dict(inplace=True, openhook=open), dict(openhook='nope')]:
    try:
        fileinput.FileInput([a], **bad)
    except ValueError as e:
        print('ValueError:', e)

fi = fileinput.input([a])
next(fi)
try:
    fileinput.input([b])
except RuntimeError as e:
    print('RuntimeError:', e)
fileinput.close()

for name in os.listdir(tmp):
    os.remove(os.path.join(tmp, name))
os.rmdir(tmp)
