# zipfile.Path: navigation with implied directories, reading, and the errors.
import os
import tempfile
import zipfile

os.chdir(tempfile.mkdtemp())
with zipfile.ZipFile("t.zip", "w") as zf:
    zf.writestr("a.txt", "A")
    zf.writestr("d/b.txt", "B")
    zf.writestr("d/e/c.txt", "h\u00e9")
    zf.writestr("x/", "")
root = zipfile.Path("t.zip")
print(repr(root), str(root), root.name, root.is_dir(), root.exists())
print([repr(p) for p in root.iterdir()])
d = root / "d"
print(repr(d), d.is_dir(), d.exists(), [p.name for p in d.iterdir()])
c = root.joinpath("d", "e", "c.txt")
print(repr(c), c.read_text(encoding="utf-8"), c.read_bytes(), c.is_file(), c.suffix, c.stem)
print(repr(c.parent), repr(c.parent.parent), c.parent.parent.parent == root, c.filename.name)
print((root / "missing").exists(), (root / "x").is_dir(), (root / "x").exists())
with c.open("rb") as f:
    print(f.read(1))
with zipfile.ZipFile("t.zip") as zf:
    print(repr(zipfile.Path(zf, "d/")), [p.name for p in zipfile.Path(zf, "d/").iterdir()])
for call in (lambda: (root / "missing").read_text(), lambda: d.open(), lambda: c.iterdir(),
             lambda: c.open("rb", "utf-8")):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
print(c == root / "d/e/c.txt", c == root / "d", c != "t.zip/d/e/c.txt")
