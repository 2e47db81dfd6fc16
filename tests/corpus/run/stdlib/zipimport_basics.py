# zipimport: modules and packages imported from a zip archive on sys.path, and zipimporter itself.
import importlib.resources
import os
import sys
import tempfile
import zipfile
import zipimport

sys.dont_write_bytecode = True
start = os.getcwd()
tmp = os.path.realpath(tempfile.mkdtemp())
os.chdir(tmp)
with zipfile.ZipFile("lib.zip", "w") as zf:
    zf.writestr("zmod.py", "X = 41 + 1\r\ndef where():\r\n    return __name__\r\n")
    zf.writestr("zpkg/__init__.py", "from . import sub\nNAME = 'zpkg'\n")
    zf.writestr("zpkg/sub.py", "VALUE = 'sub value'\n")
    zf.writestr("zpkg/data.txt", "resource text")
    zf.writestr("src/", "")
    zf.writestr("src/inner.py", "WHO = 'inner'\n")
    zf.writestr("broken.py", "def f(:\n")
with open("plain.txt", "w") as f:
    f.write("not a zip")
with open("long.txt", "w") as f:
    f.write("not a zip, but longer than an end-of-archive record\n" * 3)

sys.path.insert(0, "lib.zip")
import zmod
print(zmod.X, zmod.where(), zmod.__file__, type(zmod.__loader__).__name__)
print(zmod.__spec__.origin, zmod.__spec__.has_location)
import zpkg
print(zpkg.NAME, zpkg.sub.VALUE, zpkg.__file__, zpkg.__path__, zpkg.sub.__file__)
print(zpkg.__spec__.submodule_search_locations)
print(type(sys.path_importer_cache["lib.zip"]).__name__)
try:
    import broken
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.filename, e.lineno)
try:
    import zmissing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)

sys.path.insert(0, "lib.zip/src")
import inner
print(inner.WHO, inner.__file__)

print(importlib.resources.files("zpkg").joinpath("data.txt").read_text())

z = zipimport.zipimporter("lib.zip")
print(repr(z), z.archive, repr(z.prefix))
z2 = zipimport.zipimporter(os.path.join(tmp, "lib.zip", "src"))
print(repr(z2).replace(tmp, "TMP"), z2.prefix)
print(z.is_package("zpkg"), z.is_package("zmod"))
print(repr(z.get_source("zmod")))
print(z.get_filename("zpkg"), z.get_data("zpkg/data.txt"), z.get_data("lib.zip/zpkg/data.txt"))
print(type(z.get_code("zmod")).__name__)
spec = z.find_spec("zpkg")
print(spec.name, spec.origin, spec.submodule_search_locations)
print(z.find_spec("nothing"))
ns = z.find_spec("src")
print(ns.loader, ns.submodule_search_locations)
print(issubclass(zipimport.ZipImportError, ImportError))

for args in ((), ("",), ("plain.txt",), ("long.txt",), (tmp,), ("no/such/file.zip",), (5,)):
    try:
        zipimport.zipimporter(*args)
    except (zipimport.ZipImportError, TypeError) as e:
        print(type(e).__name__ + ":", str(e).replace(tmp, "TMP"), repr(getattr(e, "path", None)).replace(tmp, "TMP"))
for call in (lambda: z.is_package("nope"), lambda: z.get_source("nope"), lambda: z.get_data("nope.txt")):
    try:
        call()
    except (zipimport.ZipImportError, OSError) as e:
        print(type(e).__name__ + ":", e, e.args)
os.chdir(start)
