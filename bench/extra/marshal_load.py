"""Code-object load throughput: marshal.loads of a large module's code object, in MB/s.

Each interpreter measures itself with the same Python program. Invoked by bench/run.py.
"""
import os
import subprocess
import sys
import sysconfig

SHARPY, CPYTHON = sys.argv[1], sys.argv[2]
SOURCE = os.path.join(sysconfig.get_path("stdlib"), "typing.py")
PROGRAM = r"""
import marshal, sys, time
src = open(sys.argv[1], encoding='utf-8').read()
data = marshal.dumps(compile(src, sys.argv[1], 'exec'))
n = 0
t0 = time.perf_counter()
while time.perf_counter() - t0 < 2.0:
    marshal.loads(data)
    n += 1
dt = time.perf_counter() - t0
print(len(data), n * len(data) / dt / 1e6)
"""


def measure(exe):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    p = subprocess.run([exe, "-c", PROGRAM, SOURCE], capture_output=True, text=True, env=env, timeout=300)
    if p.returncode != 0:
        return None, (p.stderr.strip().splitlines() or ["error"])[-1]
    size, mbps = p.stdout.split()
    return float(mbps), size


cpy, csize = measure(CPYTHON)
shp, ssize = measure(SHARPY)
f = lambda v: "—" if v is None else f"{v:.0f}"
print("## Code-object load (`marshal.loads`)", "",
      f"Code object of `typing.py` (CPython: {csize} bytes; Sharpy: {ssize if shp else 'n/a'}), loaded repeatedly for 2 s.", "",
      "| CPython (MB/s) | Sharpy (MB/s) | Sharpy / CPython |", "|---|---|---|",
      f"| {f(cpy)} | {f(shp)} | {f'{shp / cpy:.2f}×' if cpy and shp else '—'} |", sep="\n")
if shp is None:
    print("", f"Sharpy: {ssize}")
