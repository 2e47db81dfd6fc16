import struct

print(struct.pack('<hHiIqQ', -2, 65535, -100000, 4000000000, -2**63, 2**64 - 1))
print(struct.pack('>bB?c', -1, 255, True, b'z'), struct.pack('!I', 0xdeadbeef), struct.pack('=l', 1), struct.pack('@bi', 1, 2))
print(struct.unpack('<hHiIqQ', struct.pack('<hHiIqQ', -2, 65535, -100000, 4000000000, -2**63, 2**64 - 1)))
print(struct.pack('<d', 3.141592653589793), struct.pack('>f', 3.14), struct.pack('<e', 1.5), struct.pack('<d', -0.0))
print(struct.unpack('<f', struct.pack('<f', 0.1)), struct.unpack('>d', struct.pack('>d', 1e-310)), struct.unpack('<e', b'\x00\x7c'))
print(struct.pack('<f', 1e-45), struct.pack('<e', 6.1e-5), struct.pack('<e', 65504.0), struct.pack('<f', float('inf')), struct.pack('>d', float('nan')))
for v in [0.5, 1/3, 2.5e-38, 1e38, 123456.789, 1e-7]:
    print(v, struct.pack('<f', v).hex(), struct.unpack('<f', struct.pack('<f', v))[0], struct.pack('<e', v).hex() if abs(v) < 60000 else '')
print(struct.calcsize('@bi'), struct.calcsize('=bi'), struct.calcsize('@bq'), struct.calcsize('@ib'), struct.calcsize('@iq0q'), struct.calcsize('P'), struct.calcsize('5p'), struct.calcsize('<10s3x2h'))
print(struct.pack('5s', b'ab'), struct.pack('2s', b'abcdef'), struct.pack('5p', b'ab'), struct.pack('p', b'ab'), struct.unpack('5p', b'\x02abcd'), struct.unpack('<3s2x', b'abcde'))
print(struct.pack('?', 5), struct.unpack('??', b'\x00\x07'), struct.pack('<i', True), struct.pack(b'<h', 7))
s = struct.Struct('<ihb')
print(s.format, s.size, s.pack(1, 2, 3), s.unpack(b'\x01\x00\x00\x00\x02\x00\x03'), type(s).__name__)
buf = b'\x00\x00\x02\x01\xff\xff\x00\x00\x00\x00'
print(struct.unpack_from('<h', buf, 2), struct.unpack_from('<h', buf, offset=-2), list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')))
header = struct.pack('>4sHHI', b'SHPY', 1, 2, 1024)
magic, major, minor, length = struct.unpack('>4sHHI', header)
print(header, magic, major, minor, length)
for fmt, args in [('b', (128,)), ('B', (-1,)), ('h', (40000,)), ('H', (-1,)), ('i', (2**31,)), ('I', (-1,)), ('I', (2**32,)),
                  ('<l', (2**31,)), ('<L', (2**32,)), ('q', (2**63,)), ('Q', (-1,)), ('i', ('x',)), ('i', (1.5,)),
                  ('f', ('x',)), ('c', (b'ab',)), ('s', ('a',)), ('ii', (1,)), ('z', (1,)), ('3', ()), ('<n', (1,)),
                  ('<e', (1e10,)), ('<f', (1e300,))]:
    try:
        print(fmt, struct.pack(fmt, *args))
    except (struct.error, OverflowError) as e:
        print(fmt, type(e).__name__, e)
for fmt, data in [('i', b'abc'), ('<h', b'\x01\x02\x03')]:
    try:
        struct.unpack(fmt, data)
    except struct.error as e:
        print(fmt, e)
for call in [lambda: struct.unpack_from('<i', b'ab', 1), lambda: struct.iter_unpack('<i', b'abc'),
             lambda: struct.pack_into('<i', bytearray(2), 0, 1)]:
    try:
        call()
    except struct.error as e:
        print(e)
print(struct.error.__mro__[1].__name__, struct.error.__module__)
