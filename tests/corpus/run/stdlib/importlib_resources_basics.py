# importlib.resources: files() over packages on disk, the deprecated helpers (with their warnings), as_file.
import importlib.resources as resources
import os
import sys
import tempfile
import warnings

sys.dont_write_bytecode = True
tmp = os.path.realpath(tempfile.mkdtemp())


def write(rel, data):
    path = os.path.join(tmp, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


write("respkg/__init__.py", b"VALUE = 1\n")
write("respkg/mod.py", b"")
write("respkg/data.txt", "h\u00e9llo\nworld\n".encode())
write("respkg/raw.bin", bytes(range(5)))
write("respkg/sub/inner.txt", b"inner")
write("nsa/nspkg/a.txt", b"from a")
write("nsb/nspkg/b.txt", b"from b")
sys.path[:0] = [tmp, os.path.join(tmp, "nsa"), os.path.join(tmp, "nsb")]

root = resources.files("respkg")
print(type(root).__name__, root.name, os.path.relpath(str(root), tmp))
print((root / "data.txt").read_text(encoding="utf-8").splitlines())
print((root / "raw.bin").read_bytes())
print(root.joinpath("sub", "inner.txt").read_text(), (root / "sub").is_dir(), (root / "sub").is_file())
print(sorted(p.name for p in root.iterdir()))
import respkg
print(resources.files(respkg) == root)
with resources.as_file(root / "data.txt") as p:
    print(type(p).__name__, p == root / "data.txt", p.exists())
print(isinstance(root, resources.abc.Traversable))

for bad in ("respkg.mod", "sys"):
    try:
        resources.files(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    resources.files("no_such_package_here")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    (root / "missing.txt").read_text()
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, os.path.basename(e.filename))

ns = resources.files("nspkg")
print(type(ns).__name__, ns.name, ns.is_dir(), ns.is_file())
print(repr(ns).replace(tmp, "TMP"))
print(sorted(p.name for p in ns.iterdir()), (ns / "b.txt").read_text())
try:
    ns.read_bytes()
except FileNotFoundError as e:
    print("FileNotFoundError:", str(e).replace(tmp, "TMP"))
with resources.as_file(ns / "a.txt") as p:
    print(p.read_text())

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(resources.read_text("respkg", "data.txt").splitlines())
    print(resources.read_binary("respkg", "raw.bin"))
    with resources.open_text("respkg", "data.txt", encoding="latin-1") as f:
        print(repr(f.read()[:3]))
    with resources.open_binary("respkg", "raw.bin") as f:
        print(f.read(2))
    print(sorted(resources.contents("respkg")))
    print(resources.is_resource("respkg", "data.txt"), resources.is_resource("respkg", "sub"),
          resources.is_resource("respkg", "nope"))
    with resources.path("respkg", "data.txt") as p:
        print(p.name)
    try:
        resources.read_text("respkg", "sub/inner.txt")
    except ValueError as e:
        print("ValueError:", e)
for w in caught:
    print(w.category.__name__, str(w.message).split(".")[0], os.path.basename(w.filename))

# Outside catch_warnings: the default filters show it once, for __main__.
resources.read_binary("respkg", "raw.bin")
print(sorted(resources.__all__))
