"""Sharpy benchmark harness: each row runs CPython 3.11 and Sharpy in the same session.

Timing rule: wall-clock time of a whole process, best of N runs (N=3, --quick: 1), environment pinned
(PYTHON* removed, PYTHONHASHSEED=0). A Sharpy run whose output differs from CPython's is reported as
'wrong output' rather than timed, so speed is never claimed for incorrect results.
"""
import math
import os
import platform
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARPY = os.path.join(ROOT, ".build", "sharpy", "sharpy")
CPYTHON = subprocess.run(["python3.11", "-c", "import sys; print(sys.executable)"],
                         capture_output=True, text=True).stdout.strip()
RUNS = 1 if "--quick" in sys.argv else 3


def env(extra=None):
    e = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    e.update(PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
    e.update(extra or {})
    return e


def best_time(cmd, cwd, extra_env=None, runs=RUNS):
    best, out = None, None
    for _ in range(runs):
        t0 = time.perf_counter()
        p = subprocess.run(cmd, cwd=cwd, env=env(extra_env), capture_output=True, timeout=600)
        dt = time.perf_counter() - t0
        if p.returncode != 0:
            return None, p
        best = dt if best is None else min(best, dt)
        out = p
    return best, out


def workloads():
    rows = []
    progdir = os.path.join(ROOT, "bench", "programs")
    for name in sorted(os.listdir(progdir)):
        if not name.endswith(".py"):
            continue
        cpy, cpy_p = best_time([CPYTHON, name], progdir)
        shp, shp_p = best_time([SHARPY, "-B", name], progdir)
        note = ""
        if shp is None:
            note = "error: " + shp_p.stderr.decode(errors="replace").strip().splitlines()[-1][:80] if shp_p.stderr else "error"
        elif shp_p.stdout != cpy_p.stdout:
            note, shp = "wrong output", None
        rows.append((name[:-3], cpy, shp, note))
    return rows


def startup():
    rows = []
    for label, cmd in [("-c pass", ["-c", "pass"])]:
        cpy, _ = best_time([CPYTHON] + cmd, ROOT, runs=10)
        cpy_is, _ = best_time([CPYTHON, "-I", "-S"] + cmd, ROOT, runs=10)
        shp, p = best_time([SHARPY] + cmd, ROOT, runs=10)
        rows.append((label, cpy, cpy_is, shp))
    return rows


def fmt(t):
    return "—" if t is None else f"{t:.3f}"


def ratio(a, b):
    return "—" if a is None or b is None else f"{a / b:.2f}×"


def main():
    lines = ["# Benchmarks", "",
             f"Written by `bench/run` on {time.strftime('%Y-%m-%d')}; machine: {platform.machine()}, "
             f"{os.cpu_count()} cores; CPython {platform.python_version()} ({CPYTHON}). Wall-clock seconds "
             f"per whole process, best of {RUNS}. Ratio = Sharpy / CPython (lower is better; < 1 means Sharpy is faster).",
             ""]
    lines += ["## Start-up", "", "| command | CPython | CPython -I -S | Sharpy | Sharpy / CPython |", "|---|---|---|---|---|"]
    for label, cpy, cpy_is, shp in startup():
        lines.append(f"| `{label}` | {fmt(cpy)} | {fmt(cpy_is)} | {fmt(shp)} | {ratio(shp, cpy)} |")
    lines += ["", "## Workloads (`bench/programs`, run with `-B`)", "",
              "| program | CPython | Sharpy | Sharpy / CPython | note |", "|---|---|---|---|---|"]
    rows = workloads()
    ratios = []
    for name, cpy, shp, note in rows:
        lines.append(f"| {name} | {fmt(cpy)} | {fmt(shp)} | {ratio(shp, cpy)} | {note} |")
        if cpy and shp:
            ratios.append(shp / cpy)
    if ratios:
        gm = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        lines += ["", f"Geometric mean of Sharpy / CPython over the {len(ratios)} programs that ran "
                      f"correctly: **{gm:.2f}×** ({len(rows) - len(ratios)} did not run correctly)."]
    extra = os.path.join(ROOT, "bench", "extra")
    if os.path.isdir(extra):
        for name in sorted(os.listdir(extra)):
            if name.endswith(".py"):
                p = subprocess.run([sys.executable, os.path.join(extra, name), SHARPY, CPYTHON],
                                   capture_output=True, text=True, env=env(), timeout=1800)
                lines += [""] + (p.stdout.strip().splitlines() if p.returncode == 0
                                 else [f"## {name}", "", "failed: " + p.stderr.strip()[-300:]])
    text = "\n".join(lines) + "\n"
    with open(os.path.join(ROOT, "docs", "BENCHMARKS.md"), "w") as f:
        f.write(text)
    print(text)


main()
