"""`hello.py` warm (cached) start-up: Sharpy caches the main script too; CPython does not.

Invoked by bench/run.py as: python3.11 startup_hello.py SHARPY CPYTHON. Prints a markdown section.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

SHARPY, CPYTHON = sys.argv[1], sys.argv[2]


def best(cmd, cwd, runs=10):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    t = None
    for _ in range(runs):
        t0 = time.perf_counter()
        p = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True)
        dt = time.perf_counter() - t0
        if p.returncode != 0:
            return None
        t = dt if t is None else min(t, dt)
    return t


root = tempfile.mkdtemp()
try:
    with open(os.path.join(root, "hello.py"), "w") as f:
        f.write('print("Hello, world!")\n')
    subprocess.run([SHARPY, "hello.py"], cwd=root, capture_output=True)  # writes the cache
    cpy = best([CPYTHON, "hello.py"], root)
    shp = best([SHARPY, "hello.py"], root)
    f = lambda t: "—" if t is None else f"{t:.3f}"
    print("## `hello.py`, warm", "", "| CPython (s) | Sharpy (s) | Sharpy / CPython |", "|---|---|---|",
          f"| {f(cpy)} | {f(shp)} | {f'{shp / cpy:.2f}×' if cpy and shp else '—'} |", sep="\n")
finally:
    shutil.rmtree(root)
