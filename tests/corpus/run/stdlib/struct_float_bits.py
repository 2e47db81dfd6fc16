# struct's float codes: exact IEEE 754 patterns, rounding of doubles to singles, overflow, NaN and
# infinities, subnormals, half precision, through pack/unpack and array.
import array
import struct

values = [0.0, -0.0, 1.0, -1.5, 0.1, 1 / 3, 1e-310, 5e-324, 1.7976931348623157e308, 3.4028234663852886e38,
          3.4028235677973366e38, 1e39, -1e39, 1.401298464324817e-45, 7e-46, float('inf'), -float('inf'),
          float('nan'), 123456.789, 2.0 ** -149, 2.0 ** -150, 65504.0, 65520.0]
for v in values:
    row = []
    for fmt in ('<d', '>d', '<f', '>f', 'f', '<e'):
        try:
            b = struct.pack(fmt, v)
            row.append(f'{b.hex()}={struct.unpack(fmt, b)[0]!r}')
        except (OverflowError, struct.error) as e:
            row.append(f'{type(e).__name__}({e})')
    print(repr(v), ' '.join(row))
print(struct.unpack('<d', bytes.fromhex('000000000000f87f')), struct.unpack('<f', bytes.fromhex('0000c0ff')),
      struct.unpack('>d', b'\x7f\xf0' + bytes(6)))
print(struct.pack('<f', 1), struct.pack('<d', True), struct.unpack('<ff', struct.pack('<ff', 0.1, 0.2)))
records = [struct.pack('<iHd', i, i % 65535, i * 0.5) for i in range(20000)]
print(len(records), struct.unpack('<iHd', records[-1]), sum(struct.unpack('<iHd', r)[2] for r in records))
print(array.array('d', [0.1, 2.5]).tobytes().hex(), array.array('f', [0.1]).tolist())
