# zipfile: writing (byte-identical archives for fixed ZipInfo dates), reading, appending,
# extraction, member info and errors.
import io
import os
import tempfile
import zipfile
import zlib

buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as zf:
    zf.writestr(zipfile.ZipInfo('hello.txt', (2020, 1, 2, 3, 4, 5)), 'hello world\n')
    info = zipfile.ZipInfo('data/numbers.bin', (2021, 6, 7, 8, 9, 10))
    info.compress_type = zipfile.ZIP_DEFLATED
    zf.writestr(info, bytes(range(256)) * 8)
    info = zipfile.ZipInfo('data/level1.txt', (2022, 12, 31, 23, 59, 58))
    zf.writestr(info, 'compressible ' * 50, compress_type=zipfile.ZIP_DEFLATED, compresslevel=1)
    zf.writestr(zipfile.ZipInfo('caf\xe9/\u2603.txt', (2023, 3, 4, 5, 6, 7)), b'unicode name')
    zf.mkdir('empty_dir')
    zf.comment = b'archive comment'
raw = buf.getvalue()
print(len(raw), zlib.crc32(raw), raw[:40])

with zipfile.ZipFile(io.BytesIO(raw)) as zf:
    print(zf.namelist())
    for info in zf.infolist():
        print(repr(info), info.date_time, info.CRC, info.compress_size, info.file_size, info.is_dir(),
              info.header_offset, info.flag_bits, info.create_system, info.external_attr)
    print(zf.read('hello.txt'), len(zf.read('data/numbers.bin')), zf.read('data/level1.txt')[:26])
    print(zf.read('caf\xe9/\u2603.txt'), zf.comment, zf.testzip())
    with zf.open('hello.txt') as member:
        print(member.read(5), member.read(), member.name)
    with zf.open('data/level1.txt') as member:
        print(member.readline()[:20])
    out = io.StringIO()
    zf.printdir(out)
    print(out.getvalue())
    try:
        zf.getinfo('missing.txt')
    except KeyError as e:
        print('KeyError', e)
    try:
        zf.writestr('x', 'y')
    except ValueError as e:
        print('ValueError', e)
print(zipfile.is_zipfile(io.BytesIO(raw)), zipfile.is_zipfile(io.BytesIO(b'not a zip')))

for bad in [b'', b'PK\x05\x06' + b'\x00' * 10, b'garbage' * 10]:
    try:
        zipfile.ZipFile(io.BytesIO(bad))
    except zipfile.BadZipFile as e:
        print('BadZipFile', e)
corrupt = bytearray(raw)
corrupt[raw.index(b'hello world')] = ord('j')
with zipfile.ZipFile(io.BytesIO(bytes(corrupt))) as zf:
    print(zf.testzip())
    try:
        zf.read('hello.txt')
    except zipfile.BadZipFile as e:
        print('BadZipFile', e)
try:
    zipfile.ZipFile(io.BytesIO(), 'q')
except ValueError as e:
    print('ValueError', e)
try:
    zipfile.ZipInfo('old', (1979, 1, 1, 0, 0, 0))
except ValueError as e:
    print('ValueError', e)
print(repr(zipfile.ZipInfo('dir/')), repr(zipfile.ZipInfo('plain')))

# files on disk: write, append, extract
tmp = tempfile.mkdtemp()
src = os.path.join(tmp, 'src.txt')
with open(src, 'w') as f:
    f.write('on disk\n')
os.utime(src, (1600000000, 1600000000))
archive = os.path.join(tmp, 'out.zip')
with zipfile.ZipFile(archive, 'w', compression=zipfile.ZIP_DEFLATED) as zf:
    zf.write(src, arcname='renamed.txt')
    zf.writestr(zipfile.ZipInfo('second.txt', (2020, 2, 2, 2, 2, 2)), 'two')
with zipfile.ZipFile(archive, 'a') as zf:
    zf.writestr(zipfile.ZipInfo('appended.txt', (2020, 3, 3, 3, 3, 4)), 'three')
with zipfile.ZipFile(archive) as zf:
    print(zf.namelist(), [i.compress_type for i in zf.infolist()], repr(zf).split(' ')[0], len(zf.infolist()[0].date_time))
    target = os.path.join(tmp, 'extracted')
    zf.extractall(target)
    print(os.path.relpath(zf.extract('second.txt', target), tmp))
print(sorted(os.listdir(target)))
with open(os.path.join(target, 'renamed.txt')) as f:
    print(f.read())
with zipfile.ZipFile(os.path.join(tmp, 'new.zip'), 'a') as zf:
    zf.writestr(zipfile.ZipInfo('created.txt', (2020, 1, 1, 0, 0, 0)), 'x')
with open(os.path.join(tmp, 'new.zip'), 'rb') as f:
    print(zlib.crc32(f.read()))
for root, dirs, files in os.walk(tmp, topdown=False):
    for name in files:
        os.remove(os.path.join(root, name))
    for name in dirs:
        os.rmdir(os.path.join(root, name))
os.rmdir(tmp)
