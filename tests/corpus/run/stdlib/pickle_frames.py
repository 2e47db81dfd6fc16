# Protocol 4/5 framing of large pickles (64 KiB frames, big payloads outside frames).
import pickle, zlib
vals = [list(range(30000)), [b'x' * 70000, 'y' * 70000, 1, b'z' * 100], {i: str(i) for i in range(5000)}, bytearray(b'q' * 70000), ['a' * 40000, 'b' * 40000]]
for v in vals:
    for p in (4, 5):
        d = pickle.dumps(v, p)
        print(p, len(d), zlib.crc32(d), d[:30], [i for i in range(len(d)) if d[i:i+1] == b'\x95'][:5])
    back = pickle.loads(d)
    print(back == v, type(back).__name__)
