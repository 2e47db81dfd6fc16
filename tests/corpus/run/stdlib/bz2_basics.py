# Compressing a text-and-binary payload with bzip2: one-shot, incremental, multi-stream, files and errors.
import bz2, io, os, tempfile
data = b"hello world\n" * 1000 + bytes(range(256)) * 10
c = bz2.compress(data)
print(len(c), c[:16].hex(), bz2.decompress(c) == data)
for lvl in (1, 5, 9):
    print(lvl, bz2.compress(data, lvl).hex()[:40], len(bz2.compress(data, lvl)))
comp = bz2.BZ2Compressor(3)
parts = [comp.compress(data[:5000]), comp.compress(data[5000:]), comp.flush()]
print([len(p) for p in parts], b"".join(parts) == bz2.compress(data, 3))
d = bz2.BZ2Decompressor()
print(d.decompress(c[:100]), d.needs_input, d.eof)
out = d.decompress(c[100:] + b"trailing")
print(len(out), d.eof, d.unused_data, d.needs_input)
d = bz2.BZ2Decompressor()
a = d.decompress(c, 100); print(len(a), d.needs_input, d.eof)
b = d.decompress(b"", -1); print(len(b), d.eof)
print(bz2.decompress(c + c) == data * 2, bz2.decompress(c + b"junk") == data)
for bad in (b"not bzip", c[:50]):
    try: bz2.decompress(bad)
    except Exception as e: print(type(e).__name__, e)
try: d.decompress(b"x")
except EOFError as e: print("EOFError", e)
try: bz2.BZ2Compressor(10)
except ValueError as e: print(e)
tmp = tempfile.mkdtemp(); p = os.path.join(tmp, "f.bz2")
with bz2.open(p, "wb") as f:
    f.write(b"line one\nline two\n"); f.write(b"x" * 10)
print(open(p, "rb").read() == bz2.compress(b"line one\nline two\n" + b"x"*10))
with bz2.BZ2File(p) as f:
    print(f.readline(), f.read(4), f.read())
with bz2.open(p, "rt") as f:
    print(f.readlines())
with bz2.open(p, "wt", encoding="utf-8") as f:
    f.write("héllo\n")
print(bz2.open(p).read())
os.remove(p); os.rmdir(tmp)
