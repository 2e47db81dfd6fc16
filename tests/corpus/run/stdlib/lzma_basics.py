# xz/lzma round trips: presets, checks, ALONE/RAW formats, filter chains, incremental use, files and errors.
import lzma, os, tempfile
data = b"The quick brown fox jumps over the lazy dog.\n" * 500 + bytes(range(256)) * 4
for kw in ({}, {"preset": 1}, {"preset": 9 | lzma.PRESET_EXTREME}, {"check": lzma.CHECK_CRC32}, {"check": lzma.CHECK_SHA256},
           {"check": lzma.CHECK_NONE}, {"format": lzma.FORMAT_ALONE}, {"format": lzma.FORMAT_ALONE, "preset": 2},
           {"filters": [{"id": lzma.FILTER_LZMA2, "preset": 3}]},
           {"filters": [{"id": lzma.FILTER_DELTA, "dist": 4}, {"id": lzma.FILTER_LZMA2, "preset": 1, "dict_size": 1 << 20}]},
           {"format": lzma.FORMAT_RAW, "filters": [{"id": lzma.FILTER_LZMA2, "preset": 6}]}):
    c = lzma.compress(data, **kw)
    dkw = {"format": lzma.FORMAT_RAW, "filters": kw["filters"]} if kw.get("format") == lzma.FORMAT_RAW else {}
    print(kw, len(c), c[:12].hex(), c[-8:].hex(), lzma.decompress(c, **dkw) == data)
c = lzma.compress(data)
d = lzma.LZMADecompressor()
print(d.check, len(d.decompress(c[:200])), d.check, d.eof, d.needs_input)
print(len(d.decompress(c[200:] + b"xyz")), d.eof, d.unused_data, d.check)
print(lzma.decompress(c + c) == data * 2)
for bad in (b"garbage data here", c[:100]):
    try: lzma.decompress(bad)
    except lzma.LZMAError as e: print("LZMAError", e)
for args in ({"format": 7}, {"format": lzma.FORMAT_ALONE, "check": lzma.CHECK_CRC32}, {"preset": 1, "filters": []}, {"format": lzma.FORMAT_RAW}):
    try: lzma.LZMACompressor(**args)
    except ValueError as e: print("ValueError", e)
print(lzma.is_check_supported(lzma.CHECK_SHA256), lzma.LZMAError.__module__)
tmp = tempfile.mkdtemp(); p = os.path.join(tmp, "a.xz")
with lzma.open(p, "w") as f: f.write(b"abc\ndef\n")
print(open(p, "rb").read() == lzma.compress(b"abc\ndef\n"))
with lzma.open(p) as f: print(list(f))
with lzma.open(p, "wt", preset=0) as f: f.write("text ✓\n")
with lzma.open(p, "rt") as f: print(f.read())
os.remove(p); os.rmdir(tmp)
