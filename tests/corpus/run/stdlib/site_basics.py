# site: the values and functions programs use, .pth processing by addsitedir, idempotent main().
import os
import site
import sys
import tempfile


def quiet(function, *args):
    """Calls function with stderr captured (.pth errors are reported there)."""
    import io
    saved, sys.stderr = sys.stderr, io.StringIO()
    try:
        return function(*args), sys.stderr.getvalue().splitlines()
    finally:
        sys.stderr = saved


print(site.PREFIXES == [sys.prefix, sys.exec_prefix])
print(site.ENABLE_USER_SITE)
expected_base = os.environ.get("PYTHONUSERBASE") or os.path.expanduser("~/.local")
print(site.getuserbase() == expected_base == site.USER_BASE)
print(site.getusersitepackages() == site.USER_SITE
      == os.path.join(site.USER_BASE, "lib", "python3.11", "site-packages"))
packages = site.getsitepackages()
print(len(packages), packages[0] == os.path.join(sys.prefix, "lib", "python3.11", "site-packages"))
print(site.getsitepackages(["/opt/a", "", "/opt/a", "/opt/b"]))
print(site.check_enableusersite())
print(site.makepath("/usr", "lib", "..", "share"))

with tempfile.TemporaryDirectory() as tmp:
    tmp = os.path.realpath(tmp)
    sitedir = os.path.join(tmp, "sitedir")
    os.makedirs(os.path.join(sitedir, "extra"))
    os.makedirs(os.path.join(tmp, "outside"))
    with open(os.path.join(sitedir, "b.pth"), "w") as f:
        f.write("# a comment\n\nextra\nmissing\n../outside\nimport sys; sys.pth_seen = 'b'\n")
    with open(os.path.join(sitedir, "a.pth"), "w") as f:
        f.write("extra\n")
    with open(os.path.join(sitedir, "c.pth"), "w") as f:
        f.write("import not_a_module_anywhere\nextra\n")
    before = list(sys.path)
    result, report = quiet(site.addsitedir, sitedir)
    print("returned", result)
    added = [os.path.relpath(p, tmp) for p in sys.path if p not in before]
    print("added", added)
    print("executed", sys.pth_seen)
    print(report[0].replace(tmp, "TMP"))
    print(report[-1], any("ModuleNotFoundError" in line for line in report))
    known = quiet(site.addsitedir, sitedir, set())[0]
    print(sorted(os.path.relpath(p, tmp) for p in known))
    count = len(sys.path)
    quiet(site.addsitedir, sitedir)
    print("again adds", len(sys.path) - count)

    sys.path[:] = before + [before[-1], "relative-dir"]
    quiet(site.main)
    once = list(sys.path)
    quiet(site.main)
    print("idempotent", once == sys.path, len(once) == len(before) + 1)
    print(once[-1] == os.path.join(os.getcwd(), "relative-dir"))
    sys.path[:] = before

print(site.addsitedir(os.path.join("/nonexistent", "dir")) is None)
print(sorted(n for n in ("main", "addsitedir", "getsitepackages", "getusersitepackages", "getuserbase")
             if callable(getattr(site, n))))
