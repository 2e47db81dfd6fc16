# importlib.metadata: a distribution found through a .dist-info directory, and the not-found error.
import importlib.metadata as md
import os
import sys
import tempfile

tmp = os.path.realpath(tempfile.mkdtemp())
info = os.path.join(tmp, "Sharpy_Fake_Dist-1.2.3.dist-info")
os.makedirs(info)
with open(os.path.join(info, "METADATA"), "w") as f:
    f.write("Metadata-Version: 2.1\nName: sharpy-fake-dist\nVersion: 1.2.3\nSummary: A fake\n"
            "Requires-Dist: requests (>=2)\nRequires-Dist: attrs\nClassifier: A\nClassifier: B\n"
            "\nThe long description.\n")
with open(os.path.join(info, "entry_points.txt"), "w") as f:
    f.write("[sharpy_fake.group]\nfirst = os.path:join\nsecond = json [extra1, extra2]\n\n[console_scripts]\nfake = fakemod:main\n")
with open(os.path.join(info, "RECORD"), "w") as f:
    f.write("fakemod.py,sha256=abc,10\nSharpy_Fake_Dist-1.2.3.dist-info/METADATA,,\n")
with open(os.path.join(info, "top_level.txt"), "w") as f:
    f.write("fakemod\n")

try:
    md.version("sharpy-not-installed-anywhere")
except md.PackageNotFoundError as e:
    print(type(e).__name__, isinstance(e, ModuleNotFoundError), e, e.name, e.args)
print(list(md.distributions(path=[tmp + "/nothing"])))

sys.path.insert(0, tmp)
print(md.version("sharpy-fake-dist"), md.version("Sharpy_Fake.Dist"))
meta = md.metadata("sharpy-fake-dist")
print(meta["Name"], meta["Summary"], meta["Missing"], meta.get_all("Classifier"))
print(md.requires("sharpy-fake-dist"))
print([str(p) for p in md.files("sharpy-fake-dist")])
dist = md.distribution("sharpy-fake-dist")
print(dist.name, dist.version, isinstance(dist, md.Distribution))
eps = md.entry_points(group="sharpy_fake.group")
print(type(eps).__name__, sorted(eps.names), eps.groups)
first = eps["first"]
print(first, first.module, first.attr, first.extras, first.load() is os.path.join)
second = eps["second"]
print(second.module, second.attr, second.extras, second.load().__name__)
print(sorted(ep.name for ep in md.entry_points().select(group="sharpy_fake.group")))
try:
    eps["nope"]
except KeyError as e:
    print("KeyError:", e)
try:
    first.name = "x"
except AttributeError as e:
    print("AttributeError:", e)
print([d.metadata["Name"] for d in md.distributions(path=[tmp])])
print([d.version for d in md.distributions(name="sharpy_fake_dist", path=[tmp])])
print(md.packages_distributions().get("fakemod"))
