# Packing a small source tree into tar archives (ustar/gnu/pax, gz/bz2/xz, streams) and unpacking it.
import io, os, tarfile, tempfile, hashlib, time
tmp = tempfile.mkdtemp()
src = os.path.join(tmp, "src")
os.makedirs(os.path.join(src, "sub"))
with open(os.path.join(src, "a.txt"), "w") as f: f.write("alpha\n" * 100)
with open(os.path.join(src, "sub", "b.bin"), "wb") as f: f.write(bytes(range(256)) * 3)
os.symlink("a.txt", os.path.join(src, "link"))
for p in [src, os.path.join(src, "a.txt"), os.path.join(src, "sub"), os.path.join(src, "sub", "b.bin")]:
    os.utime(p, (1700000000, 1700000000))

def _fix_link_time(ti):
    if ti.issym():
        ti.mtime = 1700000000
    return ti

def build(fmt, mode="w"):
    bio = io.BytesIO()
    with tarfile.open(fileobj=bio, mode=mode, format=fmt) as t:
        t.add(src, arcname="src", filter=_fix_link_time)
        info = tarfile.TarInfo("mem/hello.txt"); data = "héllo wörld\n".encode()
        info.size = len(data); info.mtime = 1234567890; info.mode = 0o600; info.uname = "bob"; info.gname = "staff"
        t.addfile(info, io.BytesIO(data))
        d = tarfile.TarInfo("mem/dir"); d.type = tarfile.DIRTYPE; d.mode = 0o755; d.mtime = 1
        t.addfile(d)
        long = tarfile.TarInfo("x" * 120 + "/ünïcode-" + "y" * 50); long.size = 0
        t.addfile(long)
    return bio.getvalue()

for fmt in (tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
    try:
        raw = build(fmt)
        print(fmt, len(raw), hashlib.sha256(raw).hexdigest()[:16])
    except ValueError as e:
        print(fmt, "ValueError", e)
raw = build(tarfile.PAX_FORMAT)
with tarfile.open(fileobj=io.BytesIO(raw)) as t:
    for m in t.getmembers():
        print(repr(m.name[:40]), m.size, oct(m.mode), m.type, m.isdir(), m.issym(), m.linkname, m.uname != None, m.mtime, sorted(m.pax_headers))
    print(t.getnames()[:3])
    print(t.extractfile("mem/hello.txt").read().decode())
    print(t.extractfile("src/link").read()[:6])
    print(t.extractfile("src/sub"))
    try: t.getmember("nope")
    except KeyError as e: print("KeyError", e)
    t.list(verbose=False)
for comp in ("gz", "bz2", "xz"):
    p = os.path.join(tmp, "arch.tar." + comp)
    with tarfile.open(p, "w:" + comp) as t:
        t.add(os.path.join(src, "a.txt"), arcname="a.txt")
    with tarfile.open(p) as t:
        print(comp, t.getnames(), t.extractfile("a.txt").read()[:6])
    print(tarfile.is_tarfile(p))
out = os.path.join(tmp, "out")
with tarfile.open(fileobj=io.BytesIO(raw)) as t:
    t.extractall(out)
for root, dirs, files in sorted(os.walk(out)):
    dirs.sort()
    print(os.path.relpath(root, out), sorted(files))
print(open(os.path.join(out, "src", "sub", "b.bin"), "rb").read() == bytes(range(256)) * 3, os.path.islink(os.path.join(out, "src", "link")))
print(oct(os.stat(os.path.join(out, "mem", "hello.txt")).st_mode), os.stat(os.path.join(out, "src", "a.txt")).st_mtime)
bad = io.BytesIO()
with tarfile.open(fileobj=bad, mode="w", format=tarfile.USTAR_FORMAT) as t:
    i = tarfile.TarInfo("../evil"); t.addfile(i, io.BytesIO(b""))
    i = tarfile.TarInfo("/abs"); t.addfile(i, io.BytesIO(b""))
for name in ("../evil", "/abs"):
    with tarfile.open(fileobj=io.BytesIO(bad.getvalue())) as t:
        try: t.extract(name, out, filter="data")
        except tarfile.FilterError as e: print(type(e).__name__, str(e).replace(tmp, "TMP"))
try: tarfile.open(fileobj=io.BytesIO(b"not a tar file at all" * 30))
except tarfile.ReadError as e: print("ReadError", e)
try: tarfile.open(fileobj=io.BytesIO(b""))
except tarfile.ReadError as e: print("ReadError", e)
stream = io.BytesIO()
with tarfile.open(fileobj=stream, mode="w|gz") as t:
    t.addfile(tarfile.TarInfo("empty"))
stream.seek(0)
with tarfile.open(fileobj=stream, mode="r|*") as t:
    print([m.name for m in t])
print(repr(tarfile.TarInfo("q"))[:15])
import shutil; shutil.rmtree(tmp)
