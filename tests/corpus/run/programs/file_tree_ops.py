import os, tempfile, pathlib, shutil, io, glob, fnmatch, json, csv

with tempfile.TemporaryDirectory() as tmp:
    root = pathlib.Path(tmp)
    (root / "data").mkdir()
    (root / "data" / "sub").mkdir(parents=True, exist_ok=True)
    for i, name in enumerate(["a.txt", "b.log", "c.txt", "sub/d.txt", "sub/e.json"]):
        p = root / "data" / name
        p.write_text(f"line {i}\n" * (i + 1), encoding="utf-8")
    print(sorted(p.relative_to(root).as_posix() for p in root.rglob("*.txt")))
    print(sorted(p.name for p in (root / "data").glob("*")), sorted(p.name for p in (root / "data").iterdir() if p.is_file()))
    print(sorted(os.path.relpath(x, tmp) for x in glob.glob(os.path.join(tmp, "data", "**", "*.t*"), recursive=True)))
    p = root / "data" / "c.txt"
    print(p.read_text().splitlines(), p.stat().st_size, p.suffix, p.stem, p.parent.name, p.with_suffix(".md").name, p.exists(), p.is_dir())
    with open(p, "a") as fh:
        fh.write("appended\n")
    with open(p) as fh:
        print([l.rstrip() for l in fh], fh.closed)
    print(fh.closed)
    with open(p, "rb") as fh:
        print(fh.read(6), fh.tell(), fh.seek(-9, 2), fh.read())
    with open(p, "r+") as fh:
        fh.seek(0); fh.write("LINE"); fh.seek(0); print(fh.readline().rstrip())
    b = root / "bin.dat"
    b.write_bytes(bytes(range(10)))
    print(b.read_bytes()[3:6], os.path.getsize(b))
    shutil.copy(b, root / "copy.dat")
    shutil.move(str(root / "copy.dat"), str(root / "moved.dat"))
    print(sorted(os.listdir(tmp)))
    shutil.rmtree(root / "data" / "sub")
    print(sorted(os.listdir(root / "data")))
    (root / "moved.dat").rename(root / "renamed.dat")
    (root / "renamed.dat").unlink()
    print(sorted(x.name for x in root.iterdir()))
    try:
        open(root / "missing.txt")
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.errno, e.strerror, os.path.basename(e.filename))
    try:
        (root / "data").rmdir()
    except OSError as e:
        print(type(e).__name__, e.strerror)
    try:
        os.mkdir(root / "data")
    except FileExistsError as e:
        print("FileExistsError:", e.strerror)
    try:
        open(root / "data")
    except IsADirectoryError as e:
        print("IsADirectoryError:", e.strerror)
    with open(root / "x.csv", "w", newline="") as fh:
        w = csv.writer(fh); w.writerows([["a", "b"], [1, "x y"], [2, 'q"t']])
    print(repr((root / "x.csv").read_text()))
    with open(root / "x.json", "w") as fh:
        json.dump({"k": [1, 2]}, fh, indent=1)
    with open(root / "x.json") as fh:
        print(json.load(fh), repr((root / "x.json").read_text()))
    for root_, dirs, files in os.walk(tmp):
        dirs.sort()
        print(os.path.relpath(root_, tmp), sorted(files))
    with tempfile.NamedTemporaryFile("w+", suffix=".txt", dir=tmp, delete=True) as nt:
        nt.write("temp"); nt.seek(0); print(nt.read(), nt.name.endswith(".txt"))
    fd, path = tempfile.mkstemp(dir=tmp)
    os.write(fd, b"raw"); os.close(fd)
    print(open(path, "rb").read())
print(os.path.join("a", "b", "../c"), os.path.normpath("a/b/../c/./d"), os.path.splitext("x.tar.gz"), os.path.split("/a/b/c"), os.path.basename("/a/b/"), os.path.dirname("a"))
print(os.path.isabs("/x"), os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.commonpath(["/usr/lib", "/usr/local"]), os.sep, os.linesep == "\n", os.path.expanduser("~") != "~")
pp = pathlib.PurePosixPath("/etc/nginx/sites/default.conf")
print(pp.parts, pp.parents[1], pp.name, pp.suffixes, pp.match("*.conf"), pp.relative_to("/etc"), pp.with_name("x.y"), pathlib.PurePath("a") / "b" / "c")
print(fnmatch.fnmatch("file.TXT", "*.txt"), fnmatch.fnmatchcase("file.TXT", "*.txt"), fnmatch.filter(["a.py", "b.txt", "c.py"], "*.py"), fnmatch.translate("*.py"))
buf = io.StringIO("one\ntwo\nthree")
print(buf.readline(), buf.readlines(), buf.tell(), buf.getvalue()[:3])
bb = io.BytesIO()
bb.write(b"abc"); bb.seek(1); print(bb.read(), bb.getvalue(), bb.getbuffer().nbytes)
try:
    pathlib.Path("/nonexistent/x").read_text()
except FileNotFoundError as e:
    print(e)
