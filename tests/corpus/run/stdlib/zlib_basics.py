import zlib
data = b"hello hello hello world " * 50 + bytes(range(256))
for level in (-1, 0, 1, 6, 9):
    c = zlib.compress(data, level)
    print(level, len(c), c[:20].hex(), zlib.crc32(c), zlib.decompress(c) == data)
print(zlib.crc32(b"hello"), zlib.adler32(b"hello"), zlib.crc32(b"world", zlib.crc32(b"hello ")), zlib.crc32(b""), zlib.adler32(b""))
c = zlib.compressobj(9, zlib.DEFLATED, -15)
out = c.compress(data[:500]) + c.compress(data[500:]) + c.flush()
print(len(out), out[:16].hex())
d = zlib.decompressobj(-15)
print(d.decompress(out) == data, d.eof, d.unused_data)
gz = zlib.compressobj(wbits=31)
g = gz.compress(b"abc") + gz.flush()
print(g.hex())
print(zlib.decompress(g, 31), zlib.decompress(g, 47))
d = zlib.decompressobj()
c = zlib.compress(b"x" * 1000)
part = d.decompress(c + b"TRAILER", 100)
print(len(part), len(d.unconsumed_tail), d.eof)
rest = d.decompress(d.unconsumed_tail)
print(len(rest), d.eof, d.unused_data)
for bad in [b"not zlib data", zlib.compress(b"abc")[:-3], b""]:
    try:
        zlib.decompress(bad)
    except zlib.error as e:
        print("error:", e)
try:
    zlib.compress(b"x", 12)
except zlib.error as e:
    print("error:", e)
try:
    zlib.compressobj(12)
except ValueError as e:
    print("ValueError:", e)
try:
    zlib.compress("text")
except TypeError as e:
    print("TypeError:", e)
c = zlib.compressobj()
x = c.compress(b"abc")
y = c.flush(zlib.Z_SYNC_FLUSH)
z = c.compress(b"def") + c.flush()
print(x, y.hex(), z.hex(), zlib.decompress(x + y + z))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.ZLIB_VERSION, zlib.error.__module__)
cz = zlib.compressobj(zdict=b"hello world")
cd = cz.compress(b"hello world hello") + cz.flush()
dz = zlib.decompressobj(zdict=b"hello world")
print(cd.hex(), dz.decompress(cd))
try:
    zlib.decompress(cd)
except zlib.error as e:
    print("error:", e)

# streaming a larger payload in chunks, as a file compressor would
import json
payload = json.dumps([{"id": i, "name": f"item{i}", "tags": ["a", "b"] * (i % 3)} for i in range(300)]).encode()
comp = zlib.compressobj(level=6)
chunks = [comp.compress(payload[i:i + 1000]) for i in range(0, len(payload), 1000)]
chunks.append(comp.flush())
blob = b"".join(chunks)
print(len(payload), len(blob), zlib.crc32(blob), blob == zlib.compress(payload))
dec = zlib.decompressobj()
pieces = []
for i in range(0, len(blob), 333):
    pieces.append(dec.decompress(blob[i:i + 333]))
pieces.append(dec.flush())
print(b"".join(pieces) == payload, dec.eof)
copy = zlib.compressobj()
head = copy.compress(b"shared prefix ")
fork = copy.copy()
print(zlib.decompress(head + copy.compress(b"one") + copy.flush()), zlib.decompress(head + fork.compress(b"two") + fork.flush()))
running = 0
for part in (b"abc", b"def", b"ghi"):
    running = zlib.adler32(part, running if running else 1)
print(running == zlib.adler32(b"abcdefghi"), hex(zlib.crc32(b"The quick brown fox jumps over the lazy dog")))
