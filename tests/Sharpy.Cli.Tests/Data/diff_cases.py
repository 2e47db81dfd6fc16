#!/usr/bin/env python3.11
"""Differential runner: each case of cli_cases_spec.py (optionally filtered by name substrings) under
python3.11 and under Sharpy, printing only the differences. For sweeps before expectations are
committed with gen_expectations.py.

Usage: python3.11 tests/Sharpy.Cli.Tests/Data/diff_cases.py [NAME-SUBSTRING ...]
Sharpy is SHARPY_EXE or the repository's .build/sharpy/sharpy. Traceback marker lines are ignored.
"""
import concurrent.futures
import difflib
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_expectations as g  # noqa: E402
from cli_cases_spec import CASES  # noqa: E402

SHARPY = os.environ.get("SHARPY_EXE") or os.path.join(HERE, "..", "..", "..", ".build", "sharpy", "sharpy")
SHARPY = os.path.realpath(SHARPY)
MARKER = re.compile(r"^\s*[\^~]+\s*$")


def run(case, prog):
    with tempfile.TemporaryDirectory(prefix="clicase") as tmp:
        tmp = os.path.realpath(tmp)
        for path, content in case.get("files", {}).items():
            if path == "main.py" and "prelude" in case:
                with open(os.path.join(HERE, case["prelude"]), encoding="utf-8") as f:
                    content = f.read() + content
            full = os.path.join(tmp, path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w", encoding="utf-8") as f:
                f.write(content)
        env = dict(g.BASE_ENV)
        env.update(case.get("env", {}))
        p = subprocess.run([prog] + case["args"], cwd=os.path.join(tmp, case.get("cwd", "")), env=env,
                           input=case.get("stdin", "").encode(), capture_output=True)
        norm = lambda t: g.normalise(t.decode("utf-8", "replace"), tmp).replace(prog, "{PROG}")
        # Cases may leave read-only directories behind.
        for root, dirs, _ in os.walk(tmp):
            for d in dirs:
                os.chmod(os.path.join(root, d), 0o755)
        return {"stdout": norm(p.stdout), "stderr": norm(p.stderr), "rc": p.returncode}


def compare(case):
    a, b = run(case, g.PYTHON), run(case, SHARPY)
    diffs = []
    for key in ("stdout", "stderr"):
        x, y = a[key], b[key]
        if key == "stderr":
            x, y = (("\n".join(l for l in t.split("\n") if not MARKER.match(l))) for t in (x, y))
        if x != y:
            diffs.append("\n".join(difflib.unified_diff(x.split("\n"), y.split("\n"), "cpython", "sharpy", lineterm="", n=1)))
    if a["rc"] != b["rc"]:
        diffs.append(f"rc {a['rc']} != {b['rc']}")
    return case["name"], diffs


def main():
    cases = [c for c in CASES if not sys.argv[1:] or any(n in c["name"] for n in sys.argv[1:])]
    bad = 0
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        for name, diffs in pool.map(compare, cases):
            if diffs:
                bad += 1
                print("=====", name)
                print("\n".join(diffs))
    print(f"{bad} mismatches of {len(cases)}")


if __name__ == "__main__":
    main()
