# Unpacking an archive with links under each extraction filter (data, tar, fully_trusted, default).
import io, os, tarfile, tempfile, shutil
tmp = tempfile.mkdtemp()
bio = io.BytesIO()
with tarfile.open(fileobj=bio, mode="w") as t:
    for name, data, mode in (("d/a.sh", b"#!/bin/sh\n", 0o777), ("d/b.txt", b"bee", 0o640)):
        ti = tarfile.TarInfo(name); ti.size = len(data); ti.mode = mode; ti.mtime = 1000000000
        t.addfile(ti, io.BytesIO(data))
    ln = tarfile.TarInfo("d/hard"); ln.type = tarfile.LNKTYPE; ln.linkname = "d/b.txt"; t.addfile(ln)
    sl = tarfile.TarInfo("d/soft"); sl.type = tarfile.SYMTYPE; sl.linkname = "b.txt"; t.addfile(sl)
    bad = tarfile.TarInfo("d/evil"); bad.type = tarfile.SYMTYPE; bad.linkname = "/etc/passwd"; t.addfile(bad)
for flt in ("data", "tar", "fully_trusted", None):
    out = os.path.join(tmp, str(flt))
    with tarfile.open(fileobj=io.BytesIO(bio.getvalue())) as t:
        try:
            t.extractall(out, filter=flt)
        except tarfile.FilterError as e:
            print(flt, type(e).__name__, e)
    for root, dirs, files in os.walk(out):
        for f in sorted(files):
            p = os.path.join(root, f)
            st = os.lstat(p)
            print(flt, os.path.relpath(p, out), oct(st.st_mode & 0o777) if not os.path.islink(p) else "link", int(os.path.getmtime(p)) if not os.path.islink(p) else "")
with tarfile.open(fileobj=io.BytesIO(bio.getvalue())) as t:
    print(t.extractfile("d/hard").read(), t.extractfile("d/soft").read())
    try: t.extractall(tmp, filter="bogus")
    except ValueError as e: print(e)
shutil.rmtree(tmp)
