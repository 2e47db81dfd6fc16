# uu, chunk, imghdr, sndhdr, xdrlib: the small deprecated format modules.
import io
import os
import struct
import tempfile
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    import uu, chunk, imghdr, sndhdr, xdrlib
print([str(w.message) for w in caught])

# uu
src = io.BytesIO(bytes(range(100)))
out = io.BytesIO()
uu.encode(src, out, 'data.bin', 0o644)
print(out.getvalue().decode())
out2 = io.BytesIO()
uu.encode(io.BytesIO(b'hi'), out2, backtick=True)
print(out2.getvalue())
back = io.BytesIO()
uu.decode(io.BytesIO(b'junk\n' + out.getvalue()), back)
print(back.getvalue() == bytes(range(100)))
for bad in [b'nothing here\n', b'begin 644 x\nM\n']:
    try:
        uu.decode(io.BytesIO(bad), io.BytesIO())
    except uu.Error as e:
        print('uu.Error', e)
with tempfile.TemporaryDirectory() as d:
    cwd = os.getcwd()
    os.chdir(d)
    try:
        with open('in.txt', 'wb') as f:
            f.write(b'file body\n')
        uu.encode('in.txt', 'in.uu')
        with open('in.uu', 'rb') as f:
            print(f.read().split(b'\n')[0])
        os.rename('in.txt', 'orig.txt')
        uu.decode('in.uu')
        with open('in.txt', 'rb') as f:
            print(f.read())
        for name in ['in.txt', '../evil', '/abs']:
            try:
                uu.decode(io.BytesIO(b'begin 644 ' + name.encode() + b'\n \nend\n'))
            except uu.Error as e:
                print('uu.Error', e)
    finally:
        os.chdir(cwd)

# chunk
data = b'ABCD' + struct.pack('>L', 5) + b'hello' + b'\0' + b'EFGH' + struct.pack('>L', 2) + b'xy'
f = io.BytesIO(data)
c = chunk.Chunk(f)
print(c.getname(), c.getsize(), c.read(2), c.tell(), c.read(), c.read(), c.isatty())
c.seek(1)
print(c.read(2))
c.close()
c.close()
c2 = chunk.Chunk(f)
print(c2.getname(), c2.getsize(), f.tell())
c2.skip()
try:
    chunk.Chunk(f)
except EOFError:
    print('EOFError')
for bad in [lambda: c.read(), lambda: c.tell(), lambda: c.seek(0)]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
c3 = chunk.Chunk(io.BytesIO(b'RIFF' + struct.pack('<L', 12) + b'WAVE'), bigendian=False, inclheader=True)
print(c3.getname(), c3.getsize(), c3.read())
try:
    c3.seek(10)
except RuntimeError:
    print('RuntimeError')

# imghdr
headers = {
    'png': b'\x89PNG\r\n\x1a\n' + bytes(24), 'gif': b'GIF89a' + bytes(26), 'jpeg': b'\xff\xd8\xff\xe0\0\x10JFIF\0' + bytes(21),
    'raw jpeg': b'\xff\xd8\xff\xdb' + bytes(28), 'tiff': b'II*\0' + bytes(28), 'bmp': b'BM' + bytes(30),
    'pbm': b'P1\n', 'pgm': b'P5 ', 'ppm': b'P6\t', 'rast': b'\x59\xA6\x6A\x95', 'xbm': b'#define x 1',
    'webp': b'RIFF\0\0\0\0WEBPVP8 ', 'exr': b'\x76\x2f\x31\x01', 'rgb': b'\001\332', 'none': b'plain text',
}
for name, h in headers.items():
    print(name, imghdr.what(None, h))
bio = io.BytesIO(b'xx' + headers['gif'])
bio.seek(2)
print(imghdr.what(bio), bio.tell())
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'img')
    with open(path, 'wb') as fh:
        fh.write(headers['png'])
    print(imghdr.what(path))

    # sndhdr
    def write(name, payload):
        p = os.path.join(d, name)
        with open(p, 'wb') as fh:
            fh.write(payload)
        return p
    fmt = struct.pack('<HHLLHH', 1, 2, 8000, 32000, 4, 16)
    wav = b'RIFF' + struct.pack('<L', 36 + 40) + b'WAVE' + b'fmt ' + struct.pack('<L', 16) + fmt + b'data' + struct.pack('<L', 40) + bytes(40)
    print(sndhdr.what(write('a.wav', wav)))
    print(sndhdr.whathdr(write('b.wav', wav.replace(struct.pack('<HH', 1, 2), struct.pack('<HH', 3, 2), 1))))
    au = b'.snd' + struct.pack('>LLLLL', 24, 800, 3, 11025, 2) + bytes(800)
    print(sndhdr.what(write('a.au', au)), sndhdr.what(write('u.au', au[:12] + struct.pack('>L', 1) + au[16:])))
    # AIFF: COMM with 80-bit 44100.0, then SSND
    rate = bytes.fromhex('400EAC44000000000000')
    comm = struct.pack('>hLh', 1, 10, 8) + rate
    aiff = b'FORM' + struct.pack('>L', 4 + 8 + 18 + 8 + 18) + b'AIFF' + b'COMM' + struct.pack('>L', 18) + comm + b'SSND' + struct.pack('>L', 18) + bytes(18)
    r = sndhdr.what(write('a.aiff', aiff))
    print(r, r.filetype, r.framerate, r.nchannels, r.nframes, r.sampwidth)
    print(sndhdr.what(write('v.voc', b'Creative Voice File\x1a' + struct.pack('<H', 26) + bytes(4) + b'\x01\0\0\0\x9c' + bytes(20))))
    print(sndhdr.what(write('s.sndt', b'SOUND' + bytes(3) + struct.pack('<L', 77) + bytes(8) + struct.pack('<H', 8000) + bytes(10))))
    print(sndhdr.what(write('r.sndr', b'\0\0' + struct.pack('<H', 5000) + bytes(10))))
    print(sndhdr.what(write('x.8svx', b'FORM\0\0\0\x0c8SVX' + bytes(8))), sndhdr.what(write('n.txt', b'hello')))
    print(sndhdr.what(write('h.hcom', bytes(65) + b'FSSD' + bytes(59) + b'HCOM' + bytes(12) + struct.pack('>L', 2) + bytes(10))))

# xdrlib
p = xdrlib.Packer()
p.pack_int(-5)
p.pack_uint(7)
p.pack_bool(True)
p.pack_uhyper(2 ** 40 + 3)
p.pack_hyper(-2)
p.pack_float(1.5)
p.pack_double(-0.25)
p.pack_string(b'hello')
p.pack_fstring(3, b'abcdef')
p.pack_list([1, 2], p.pack_int)
p.pack_array([b'x', b'yz'], p.pack_bytes)
p.pack_farray(2, [3, 4], p.pack_uint)
buf = p.get_buffer()
print(len(buf), buf.hex())
u = xdrlib.Unpacker(buf)
print(u.unpack_int(), u.unpack_uint(), u.unpack_bool(), u.unpack_uhyper(), u.unpack_hyper(), u.unpack_float(), u.unpack_double(),
      u.unpack_string(), u.unpack_fstring(3), u.unpack_list(u.unpack_int), u.unpack_array(u.unpack_bytes), u.unpack_farray(2, u.unpack_uint))
u.done()
print(u.get_position(), p.get_buf() == buf)
for bad in [lambda: p.pack_uint(-1), lambda: p.pack_int(2 ** 40), lambda: p.pack_uhyper('x'), lambda: p.pack_farray(3, [1], p.pack_int),
            lambda: p.pack_fstring(-1, b''), lambda: xdrlib.Unpacker(b'\0\0\0\2').unpack_list(None), lambda: xdrlib.Unpacker(b'\0').unpack_int(),
            lambda: xdrlib.Unpacker(b'12345').done(), lambda: xdrlib.Unpacker(b'').unpack_fstring(1), lambda: p.pack_float('a')]:
    try:
        bad()
    except (xdrlib.Error, ValueError, EOFError, TypeError) as e:
        print(type(e).__name__, repr(e), str(e))
u = xdrlib.Unpacker(b'\0\0\0\1\0\0')
u.unpack_int()
try:
    u.unpack_int()
except EOFError:
    print('EOF at', u.get_position())
u.set_position(0)
u.reset(b'\0\0\0\x09')
print(u.unpack_enum(), u.get_buffer())
