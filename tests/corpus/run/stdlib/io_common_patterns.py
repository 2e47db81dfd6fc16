# Files through json, csv, shutil and pathlib; print(file=...).
import json, csv, os, tempfile, shutil, io, pathlib
d = tempfile.mkdtemp(); os.chdir(d)
with open('a.json', 'w') as f:
    json.dump({'a': [1, 2, {'b': None}]}, f, indent=2)
with open('a.json') as f:
    print(json.load(f))
with open('a.csv', 'w', newline='') as f:
    w = csv.writer(f)
    w.writerow(['x', 'y, z', 'q"t'])
    w.writerows([[1, 2, 3], [4, 5, 6]])
print(open('a.csv', 'rb').read())
with open('a.csv', newline='') as f:
    print(list(csv.reader(f)))
shutil.copyfile('a.csv', 'b.csv')
print(open('b.csv').read() == open('a.csv').read())
p = pathlib.Path('c.txt')
p.write_text('path text\n')
print(p.read_text(), p.read_bytes(), p.stat().st_size)
with p.open('a') as f:
    f.write('more\n')
print(p.read_text().splitlines())
p.write_bytes(b'\x00\x01')
print(p.read_bytes())
with open('d.txt', 'w') as f:
    print(*['a', 'b', 'c'], sep='\n', file=f)
with open('d.txt') as f:
    print([l.rstrip('\n') for l in f])
with open('d.txt') as f:
    data = f.read().split()
print(data)
print(os.path.getsize('d.txt'))
