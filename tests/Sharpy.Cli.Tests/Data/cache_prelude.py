"""Helpers prepended to every cache scenario driver (cache_cases_spec.py): child runs, trees, normalising."""
import os, re, subprocess, sys
ENV = {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8", "HOME": "/nonexistent"}
MARKER = re.compile(r"^\s*[\^~]+\s*$")

def clean(text):
    text = re.sub(r" at 0x[0-9a-fA-F]+", " at 0xADDR", text)
    return "\n".join(l for l in text.split("\n") if not MARKER.match(l))

def run(*args, env=None, stdin=None, label=None, sort=False, tail=False, grep=None):
    """Runs a child interpreter. sort: compare output lines as a set (parallel workers); tail: only the
    last line of stderr (tracebacks through library code whose file names differ); grep: only the
    stderr lines containing this text (-v output)."""
    e = dict(ENV)
    e.update(env or {})
    p = subprocess.run([sys.executable, *args], env=e, input=(stdin or "").encode(), capture_output=True)
    print("$", label or " ".join(args), "->", p.returncode)
    out = clean(p.stdout.decode("utf-8", "replace"))
    if sort:
        out = "".join(l + "\n" for l in sorted(out.splitlines()))
    if out:
        print(out, end="")
    err = clean(p.stderr.decode("utf-8", "replace"))
    if tail and err:
        err = err.rstrip("\n").split("\n")[-1] + "\n"
    if grep is not None:
        err = "".join(l + "\n" for l in err.splitlines() if grep in l)
    if err:
        print("[stderr]")
        print(err, end="")
    return p.returncode

def walk_prefix(prefix):
    """Files the run put under a pycache prefix for sources in this directory (the child interpreter may
    also cache its own standard library there)."""
    here = os.path.join(prefix, os.getcwd().lstrip("/"))
    for d, ds, fs in sorted(os.walk(here)):
        for f in sorted(fs):
            print(os.path.relpath(os.path.join(d, f), here).replace("cpython", "sharpy"))

def tree(root="."):
    """Files under root except the drivers and .gitignore files Sharpy adds to new __pycache__ dirs."""
    out = []
    for d, dirs, files in os.walk(root):
        dirs.sort()
        for f in sorted(files):
            if f == ".gitignore" or f.startswith("main.") or f.startswith("script."):
                continue
            out.append(os.path.relpath(os.path.join(d, f), root).replace("cpython-311", "sharpy-311"))
    print("tree:", out)

def write(path, text):
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "w") as f:
        f.write(text)

def show(obj):
    print(clean(repr(obj)))

def flags_of(pyc):
    with open(pyc, "rb") as f:
        data = f.read(8)
    return int.from_bytes(data[4:8], "little")

