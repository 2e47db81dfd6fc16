"""Import benchmark: a generated tree of 300 modules (~60,000 lines), cold (no caches) and warm.

Invoked by bench/run.py as: python3.11 import_tree.py SHARPY CPYTHON. Prints a markdown section.
Cold = every __pycache__ removed before each run; warm = caches written by a previous run.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

SHARPY, CPYTHON = sys.argv[1], sys.argv[2]
MODULES, FUNCS = 300, 20


def module_source(i):
    lines = [f'"""Generated module {i}."""', "import math", ""]
    for f in range(FUNCS):
        lines += [
            f"def func_{f}(a, b=2, *args, **kw):",
            f"    total = a * {f} + b",
            "    for i in range(3):",
            "        if i % 2 == 0:",
            "            total += i",
            "        else:",
            "            total -= i",
            f"    data = {{'k{f}': [1, 2, 3], 'v': (a, b)}}",
            "    return total + len(data) + len(args) + len(kw)",
            "",
        ]
    lines += [f"class C{i}:", "    x = 1", "", "    def method(self, y):", "        return self.x + y", ""]
    lines += ["VALUE = func_0(1)", ""]
    return "\n".join(lines) + "\n"


def make_tree(root):
    pkg = os.path.join(root, "tree")
    os.makedirs(pkg)
    open(os.path.join(pkg, "__init__.py"), "w").close()
    for i in range(MODULES):
        with open(os.path.join(pkg, f"mod{i}.py"), "w") as f:
            f.write(module_source(i))
    with open(os.path.join(root, "main.py"), "w") as f:
        f.write("import importlib\n")
        f.write(f"total = sum(importlib.import_module('tree.mod%d' % i).VALUE for i in range({MODULES}))\n")
        f.write("print(total)\n")
    return sum(1 for _ in open(os.path.join(pkg, "mod0.py"))) * MODULES


def clean(root):
    for dirpath, dirnames, _ in os.walk(root):
        if "__pycache__" in dirnames:
            shutil.rmtree(os.path.join(dirpath, "__pycache__"))


def timed(exe, root, warm, runs=3):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    best = None
    for _ in range(runs):
        if not warm:
            clean(root)
        t0 = time.perf_counter()
        p = subprocess.run([exe, "main.py"], cwd=root, env=env, capture_output=True, timeout=600)
        dt = time.perf_counter() - t0
        if p.returncode != 0:
            return None, p.stderr.decode(errors="replace").strip().splitlines()[-1:] or ["error"]
        best = dt if best is None else min(best, dt)
    return best, p.stdout.decode().strip()


def main():
    root = tempfile.mkdtemp(prefix="sharpy-import-bench-")
    try:
        nlines = make_tree(root)
        out = ["## Import of a generated tree", "",
               f"{MODULES} modules, {nlines} lines; `main.py` imports them all. Cold: no caches; warm: caches present. Best of 3.", "",
               "| | cold (s) | warm (s) | cold / warm |", "|---|---|---|---|"]
        results = {}
        for name, exe in (("CPython", CPYTHON), ("Sharpy", SHARPY)):
            clean(root)
            cold, o1 = timed(exe, root, warm=False)
            timed(exe, root, warm=True, runs=1)  # writes the caches
            warm, o2 = timed(exe, root, warm=True)
            results[name] = (cold, warm, o1)
            f = lambda t: "—" if t is None else f"{t:.3f}"
            ratio = f"{cold / warm:.1f}×" if cold and warm else "—"
            out.append(f"| {name} | {f(cold)} | {f(warm)} | {ratio} |")
        c, s = results["CPython"], results["Sharpy"]
        if s[1] and c[1]:
            out += ["", f"Sharpy warm / CPython warm: **{s[1] / c[1]:.2f}×**."]
        if s[0] is None or (c[2] != s[2]):
            out += ["", f"Sharpy did not produce CPython's output: {s[2]!r}"]
        print("\n".join(out))
    finally:
        shutil.rmtree(root, ignore_errors=True)


main()
