"""`compileall -q -j0` over a copy of CPython's standard library (wall time, one run each).

Invoked by bench/run.py as: python3.11 compileall_stdlib.py SHARPY CPYTHON. Prints a markdown section.
"""
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time

SHARPY, CPYTHON = sys.argv[1], sys.argv[2]
STDLIB = sysconfig.get_path("stdlib")


def copy_stdlib(dst):
    def ignore(d, names):
        return [n for n in names if n in ("site-packages", "__pycache__") or
                (not n.endswith(".py") and not os.path.isdir(os.path.join(d, n)))]
    shutil.copytree(STDLIB, dst, ignore=ignore, symlinks=False)
    return sum(len([f for f in fs if f.endswith(".py")]) for _, _, fs in os.walk(dst))


def run(exe, tree):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    t0 = time.perf_counter()
    p = subprocess.run([exe, "-m", "compileall", "-q", "-j0", tree], capture_output=True, env=env, timeout=1800)
    dt = time.perf_counter() - t0
    tag = "sharpy-311" if exe == SHARPY else "cpython-311"
    written = sum(1 for _, _, fs in os.walk(tree) for f in fs if f.endswith(".pyc") and tag in f)
    return dt, p.returncode, written


root = tempfile.mkdtemp()
try:
    tree = os.path.join(root, "lib")
    nfiles = copy_stdlib(tree)
    rows = []
    for name, exe in (("CPython", CPYTHON), ("Sharpy", SHARPY)):
        dt, rc, written = run(exe, tree)
        rows.append((name, dt, rc, written))
    print("## `compileall -q -j0` of the standard library", "",
          f"A copy of CPython's stdlib ({nfiles} .py files, {os.cpu_count()} cores). Exit code 1 is normal: "
          "a few files are intentionally invalid.", "",
          "| | wall (s) | exit code | pycs written |", "|---|---|---|---|", sep="\n")
    for name, dt, rc, written in rows:
        print(f"| {name} | {dt:.2f} | {rc} | {written} |")
    (_, c, _, _), (_, s, _, sw) = rows
    if sw:
        print("", f"Sharpy / CPython: **{s / c:.2f}×**.")
finally:
    shutil.rmtree(root)
