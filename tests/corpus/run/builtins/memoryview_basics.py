# memoryview over bytes and bytearray: views, slicing, writes through, casts, errors.
def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, repr(r))


m = memoryview(b"hello world")
print(type(m).__name__, len(m), m[0], m[-1], m.readonly, m.nbytes, m.itemsize, m.format)
print(m.ndim, m.shape, m.strides, m.suboffsets, m.c_contiguous, m.contiguous)
print(m.obj, m.tobytes(), m.tolist()[:3], bytes(m), bytearray(m))
print(type(m[1:4]).__name__, m[1:4].tobytes(), m[::2].tobytes(), m[::-1].tobytes(), m[::-2].tolist())
print(m[::2].strides, m[::2].contiguous, m[6:][1:3].tobytes())
print(m.hex(), m[:4].hex(':'), m[:6].hex('-', 2), m[:5].hex(b'.', 2), m[:5].hex('_', -2), m[:3].hex(':', 0))
print(list(m[:5]), [x for x in memoryview(b"ab")])
print(m == b"hello world", m == bytearray(b"hello world"), m == b"hello", m[:5] == m[:5], m == "hello world")
print(b"hello world" == m, m != b"x", m[:5] == memoryview(b"hello"))
print(hash(m) == hash(b"hello world"), hash(m[:5]) == hash(b"hello"))
print(repr(m).startswith("<memory at 0x"))
print(b"-".join([memoryview(b"a"), b"b", bytearray(b"c")]))
print(b"abc".startswith(memoryview(b"ab")), bytes(memoryview(b"xyz")[1:]), memoryview(m).tobytes())

ba = bytearray(b"abcdef")
w = memoryview(ba)
print(w.readonly, w.obj is ba)
w[0] = 65
w[1:3] = b"XY"
w[-1] = ord("z")
print(ba)
w[::2] = b"123"
print(ba, w.tobytes())
w[0:2] = memoryview(b"__")
print(ba)
sub = w[2:5]
sub[0] = 33
print(ba, sub.tolist())
attempt("hash writable", lambda: hash(w))
attempt("set bytes", lambda: m.__setitem__(0, 1))
attempt("range", lambda: w.__setitem__(0, 256))
attempt("type", lambda: w.__setitem__(0, b"a"))
attempt("struct", lambda: w.__setitem__(slice(0, 2), b"abc"))
attempt("index", lambda: m[100])
attempt("neg index", lambda: m[-100])
attempt("key", lambda: m["a"])
attempt("del", lambda: w.__delitem__(0))
attempt("ctor", lambda: memoryview("abc"))
attempt("ctor int", lambda: memoryview(5))

# casts
raw = bytearray(range(8))
c = memoryview(raw).cast("H")
print(c.format, c.itemsize, len(c), c.tolist(), c.nbytes, c.shape, c.strides)
c[0] = 0xFFFF
print(raw[:2], c.cast("B").tolist()[:4])
print(memoryview(raw).cast("I").tolist(), memoryview(raw).cast("Q").tolist())
print(memoryview(b"\xff\x01").cast("b").tolist(), memoryview(b"ab").cast("c").tolist())
print(memoryview(bytes(8)).cast("d").tolist(), memoryview(b"\x00\x00\x80?").cast("f").tolist())
attempt("cast bad fmt", lambda: memoryview(raw).cast("Z"))
attempt("cast multiple", lambda: memoryview(b"abc").cast("H"))
attempt("cast non-byte", lambda: memoryview(raw).cast("H").cast("I"))
attempt("cast noncontig", lambda: memoryview(raw)[::2].cast("H"))
attempt("hash H", lambda: hash(memoryview(bytes(4)).cast("H")))
cc = memoryview(bytearray(2)).cast("c")
cc[0] = b"z"
print(cc.tobytes())
attempt("c value", lambda: cc.__setitem__(1, b"zz"))

# release and context manager
r = memoryview(b"abc")
r.release()
r.release()
print(repr(r).startswith("<released memory at 0x"))
for name, fn in [("len", lambda: len(r)), ("getitem", lambda: r[0]), ("tobytes", lambda: r.tobytes()),
                 ("tolist", lambda: r.tolist()), ("nbytes", lambda: r.nbytes), ("format", lambda: r.format),
                 ("bytes", lambda: bytes(r)), ("iter", lambda: list(r))]:
    attempt(name, fn)
print(r == r, r == b"abc")
with memoryview(bytearray(b"ctx")) as cm:
    print(cm.tobytes(), cm.readonly)
attempt("after with", lambda: cm[0])
ro = memoryview(bytearray(b"ro")).toreadonly()
print(ro.readonly, ro.tobytes())
attempt("ro write", lambda: ro.__setitem__(0, 1))
print(isinstance(m, memoryview), memoryview.__name__)

# bytes-like acceptance elsewhere
import struct
mv = memoryview(b"\x01\x02abc")
acc = bytearray(b"x")
acc += mv
acc.extend(mv[2:])
print(acc, b"x" + mv[2:], bytearray(b"y") + mv[2:], str(mv[2:], "ascii"), int.from_bytes(mv[:2], "big"))
print(struct.unpack("<H", mv[:2]), sum(mv), sorted(mv[2:]), b"zabc".find(mv[2:]), bool(memoryview(b"")))

# hex with separators (shared by bytes, bytearray and memoryview)
for b in [b"", b"\x01", b"\x01\x02\x03\x04\x05", bytearray(b"\xff\x00\xab"), memoryview(b"\x10\x20\x30")]:
    print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex(b"_", -2), b.hex(" ", 3), b.hex(sep="|", bytes_per_sep=1))
for bad in [lambda: b"ab".hex("::"), lambda: b"ab".hex(1), lambda: memoryview(b"ab").hex("\xe9")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

# equality: NaN items, released views, differing formats
m = memoryview(bytearray(struct.pack('<d', float('nan')))).cast('d')
print(m == m, m.tolist())
r = memoryview(b'a')
r.release()
print(r == r, r != r, r == b'a', memoryview(b'a') == memoryview(b'a').cast('c'), memoryview(b'\xff') == memoryview(b'\xff').cast('b'))
