# struct edge cases: every code in every byte order, range/type errors (whose wording depends on
# which of CPython's C packers handles a code), half floats, 's'/'p', native alignment, pack_into /
# unpack_from offsets, iter_unpack and the Struct type.
import struct


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


class Idx:
    def __index__(self):
        return 7


class BigIdx:
    def __index__(self):
        return 2 ** 70


VALUES = [2 ** 64, -1, 2 ** 63, -2 ** 63 - 1, 2 ** 31, 2 ** 15, -129, 255, 1.5, 'x', None, 2 ** 100,
          True, Idx(), BigIdx()]
for order in '@=<>!':
    for code in 'bBhHiIlLqQnNPefd?c':
        fmt = order + code
        try:
            struct.calcsize(fmt)
        except struct.error as e:
            print(fmt, 'error', e)
            continue
        row = []
        for v in VALUES:
            try:
                row.append(struct.pack(fmt, v).hex())
            except Exception as e:
                row.append(f"{type(e).__name__}: {e}")
        print(fmt, row)
        one = b'\x01' if code == 'c' else 1
        print(fmt, 'roundtrip', struct.unpack(fmt, struct.pack(fmt, one)), struct.calcsize(fmt))

# unpack of extremes
for fmt in ['<q', '>Q', '<b', '>h', '<H', '@l', '@L', '>i', '<I', '@n', '@N', '@P']:
    n = struct.calcsize(fmt)
    print(fmt, struct.unpack(fmt, b'\xff' * n), struct.unpack(fmt, b'\x80' + b'\x00' * (n - 1)),
          struct.unpack(fmt, b'\x00' * (n - 1) + b'\x80'))

# half floats: rounding, subnormals, overflow, specials
for x in [0.0, -0.0, 1.0, 65504.0, 65519.0, 65520.0, 1e-8, 3e-8, 6e-8, 6.1e-5, 1 / 3, 2049.0, 2051.0,
          float('inf'), -float('inf')]:
    t(lambda x: struct.pack('<e', x).hex(), x)
for raw in ['0000', '0080', '0100', 'ff03', '0004', 'ff7b', '007c', '00fc', '007e', '01fc']:
    print(raw, struct.unpack('<e', bytes.fromhex(raw)))
print(struct.unpack('>e', b'\x3c\x00'), struct.pack('>e', 1.5).hex())
t(struct.pack, '<f', 1e300)
t(struct.pack, 'f', 1e300)
t(struct.pack, '<f', 3.4028235e38)
t(struct.pack, '<f', 3.4028236e38)
t(struct.pack, '<d', '1')
t(struct.pack, '<e', 2 ** 1100)

# 's' and 'p'
for fmt in ['0s', '3s', '0p', '1p', '2p', '3p', '300p', '5s2p']:
    for data in [b'', b'ab', b'abcdef', bytearray(b'xyz')]:
        try:
            args = (data,) * (2 if fmt == '5s2p' else 1)
            packed = struct.pack(fmt, *args)
            print(fmt, data, packed[:12], len(packed), struct.unpack(fmt, packed))
        except Exception as e:
            print(fmt, data, type(e).__name__, e)
t(struct.pack, '3s', 'ab')
t(struct.pack, '3p', 'ab')
t(struct.pack, 'c', bytearray(b'a'))
t(struct.pack, 'c', b'ab')
t(struct.unpack, '3p', b'\x09ab')
print(struct.pack('300p', b'x' * 300)[:3])

# native alignment and sizes
for fmt in ['ci', 'cq', 'cqc', '@cq0i', '>cq', 'bhilq', 'c0l', '3c2H', 'x', '2x3x', 'ePd', 'c?e',
            '   i  h ', '']:
    print(repr(fmt), struct.calcsize(fmt))
print(struct.pack('@bi?e', 1, 2, True, 0.5).hex(), struct.pack('2x3x'))

# format errors
for fmt in ['i\x00q', b'i\x00', 'z', '3', '<n', '>N', '!P', '3 i', '99999999999999999999i', '9223372036854775807x1x', 'i\u00e9']:
    t(struct.calcsize, fmt)
t(struct.calcsize, 3)
t(struct.Struct, 3)
t(struct.Struct)
t(struct.Struct, 'i', 'j')
t(struct.calcsize, b'<i')

# argument counts
t(struct.pack, 'i')
t(struct.pack, 'ii', 1, 2, 3)
t(struct.pack)
t(struct.pack_into)
t(struct.pack_into, 'i')
t(struct.pack_into, 'i', bytearray(4))
t(struct.pack_into, 'i', bytearray(4), 0)
t(struct.unpack, 'i')
t(struct.iter_unpack, 'i')
t(struct.calcsize)

# pack_into / unpack_from offsets
ba = bytearray(8)
struct.pack_into('<hh', ba, 2, 1, -1)
print(ba)
struct.pack_into('<h', ba, -2, 0x4142)
print(ba)
mv = memoryview(ba)[2:6]
struct.pack_into('>I', mv, 0, 0x01020304)
print(ba)
for off in [5, -5, 2, -1, 6]:
    t(struct.pack_into, 'i', bytearray(4), off, 1)
t(struct.pack_into, 'i', b'1234', 0, 1)
t(struct.pack_into, 'i', memoryview(b'1234'), 0, 1)
t(struct.pack_into, 'i', bytearray(8), 2 ** 70, 1)
t(struct.pack_into, 'i', bytearray(8), 1.0, 1)
for off in [0, 1, 5, -6, 7, -2, -4]:
    t(struct.unpack_from, '<i', b'12345', off)
t(struct.unpack_from, '<i', buffer=b'12345', offset=1)
t(struct.unpack_from, '<i', b'12345', offset=1.5)
t(struct.unpack, 'i', 'abcd')
t(struct.unpack, 'i', b'abc')
t(struct.unpack, '<i', bytearray(b'abcd'))
t(struct.unpack, '<i', memoryview(b'xxabcd')[2:])

# iter_unpack
t(struct.iter_unpack, '', b'')
t(struct.iter_unpack, 'i', b'12345')
it = struct.iter_unpack('<h', b'123456')
print(it.__length_hint__(), type(it).__name__, next(it), it.__length_hint__(), list(it), it.__length_hint__())
t(next, it)
print(list(struct.iter_unpack('<2sB', bytearray(b'ab\x01cd\x02'))))

# the Struct type
s = struct.Struct('<ih')
print(s.format, s.size, type(s), struct.Struct(b'i').format, type(struct.Struct(b'i').format))
print(s.pack(1, 2), s.unpack(b'\x01\x00\x00\x00\x02\x00'), s.unpack_from(b'x\x01\x00\x00\x00\x02\x00', 1))
t(s.unpack_from, buffer=b'123456789', offset=1)
t(s.pack, 1)
t(s.unpack)
t(setattr, s, 'size', 3)
t(setattr, s, 'format', 'i')
print(list(s.iter_unpack(b'\x01\x00\x00\x00\x02\x00' * 2)))


class S(struct.Struct):
    def __init__(self, n):
        super().__init__('<%dH' % n)


u = S(3)
print(u.size, u.format, u.pack(1, 2, 3), isinstance(u, struct.Struct))
s.__init__('>q')
print(s.format, s.size)
print(struct.Struct.__module__, struct.error.__module__, struct.error, issubclass(struct.error, Exception))
print(type(struct.iter_unpack('b', b'a')).__module__, struct.Struct.__name__)
print(sorted(n for n in dir(struct) if not n.startswith('__')))
struct._clearcache()
print(struct.pack('i', Idx()), struct.pack('<q', Idx()), struct.pack('d', Idx()), struct.pack('?', []))

# Struct objects take weak references but cannot be pickled or copied
import copy
import pickle
import weakref
s = struct.Struct('<i')
print(weakref.ref(s)() is s)
for f in (pickle.dumps, copy.copy, copy.deepcopy):
    t(f, s)
