"""Files in a temp dir: pathlib, os.walk, shutil, glob, zipfile/tarfile/gzip in memory, configparser."""
import os
import io
import gzip
import zipfile
import tarfile
import shutil
import tempfile
import configparser
import fnmatch
from pathlib import Path, PurePosixPath

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    (root / "src" / "pkg").mkdir(parents=True)
    (root / "docs").mkdir()
    files = {"src/main.py": "print('hi')\n", "src/pkg/__init__.py": "", "src/pkg/util.py": "def f():\n    return 1\n",
             "docs/readme.md": "# Title\n\nText.\n", "docs/notes.txt": "a\nb\nc\n", "setup.cfg": "[meta]\nname = demo\n"}
    for rel, text in files.items():
        (root / rel).write_text(text, encoding="utf-8")
    print(sorted(str(p.relative_to(root)) for p in root.rglob("*.py")))
    print(sorted(p.name for p in root.glob("*/*")), sorted(p.name for p in (root / "docs").iterdir()))
    for dirpath, dirnames, filenames in sorted(os.walk(root)):
        dirnames.sort()
        rel = os.path.relpath(dirpath, root)
        print(f"{rel:<10} dirs={dirnames} files={sorted(filenames)}")
    readme = root / "docs" / "readme.md"
    print(readme.stem, readme.suffix, readme.parent.name, readme.exists(), readme.is_file(), readme.stat().st_size)
    print(readme.read_text().splitlines(), readme.with_suffix(".rst").name, readme.with_name("x.md").name)
    with open(root / "docs/notes.txt", "a+", encoding="utf-8") as fh:
        fh.write("d\n")
        fh.seek(0)
        print(fh.read().split())
    with open(root / "data.bin", "wb") as fh:
        fh.write(bytes(range(10)))
    with open(root / "data.bin", "rb") as fh:
        fh.seek(-3, os.SEEK_END)
        print(fh.read(), fh.tell())
    shutil.copytree(root / "src", root / "backup")
    shutil.move(str(root / "backup" / "main.py"), str(root / "backup" / "entry.py"))
    print(sorted(os.listdir(root / "backup")), fnmatch.filter(os.listdir(root / "docs"), "*.m?"))
    shutil.rmtree(root / "backup")
    print((root / "backup").exists())
    try:
        (root / "missing.txt").read_text()
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.errno, e.strerror, Path(e.filename).name)
    try:
        (root / "docs").mkdir()
    except FileExistsError as e:
        print("FileExistsError:", e.strerror)
    try:
        os.rmdir(root / "src")
    except OSError as e:
        print(type(e).__name__, e.strerror)

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for rel in sorted(files):
            zf.write(root / rel, arcname=rel)
        zf.writestr("extra/generated.txt", "generated " * 10)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zf:
        print(zf.namelist())
        info = zf.getinfo("extra/generated.txt")
        print(info.file_size, info.compress_type == zipfile.ZIP_DEFLATED, zf.read("src/pkg/util.py").decode().strip())
        print(zf.testzip())
    tbuf = io.BytesIO()
    with tarfile.open(fileobj=tbuf, mode="w:gz") as tf:
        tf.add(root / "docs", arcname="docs")
        data = b"inline member"
        ti = tarfile.TarInfo("inline.txt")
        ti.size = len(data)
        tf.addfile(ti, io.BytesIO(data))
    tbuf.seek(0)
    with tarfile.open(fileobj=tbuf, mode="r:gz") as tf:
        print(sorted(tf.getnames()), tf.extractfile("inline.txt").read())
    gz = gzip.compress(b"hello " * 100, mtime=0)
    print(len(gz) < 100, gzip.decompress(gz)[:12], gz[:4].hex())

cfg = configparser.ConfigParser()
cfg.read_string("""
[DEFAULT]
timeout = 30
debug = no

[server]
host = example.com
port = 8080
debug = yes

[client]
retries = 3
url = http://${server:host}:%(port)s/
port = 9000
""")
print(cfg.sections(), cfg["server"]["host"], cfg.getint("server", "port"), cfg.getboolean("server", "debug"))
print(cfg.getboolean("client", "debug"), cfg["client"]["url"], cfg.get("client", "timeout"), cfg.getfloat("client", "retries"))
print(sorted(cfg["client"]), cfg.has_option("client", "host"), cfg.get("client", "missing", fallback="fb"))
cfg["new"] = {"a": "1", "b": "two"}
out = io.StringIO()
cfg.write(out)
print(out.getvalue())
try:
    cfg.get("nosection", "x")
except configparser.NoSectionError as e:
    print("NoSectionError:", e)
try:
    cfg.getint("server", "host")
except ValueError as e:
    print("ValueError:", e)
p = PurePosixPath("/usr/local/lib/python3.11/site-packages/pkg/mod.tar.gz")
print(p.parts[:3], p.name, p.suffix, p.suffixes, p.stem, p.parent.parent, p.is_absolute(), p.relative_to("/usr"))
print(PurePosixPath("a/b/../c").as_posix(), PurePosixPath("a") / "b" / "c", p.match("*.gz"), PurePosixPath("x.py").with_stem("y"))
