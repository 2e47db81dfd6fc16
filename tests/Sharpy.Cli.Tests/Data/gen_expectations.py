#!/usr/bin/env python3.11
"""Regenerate cli_cases.json: CPython 3.11's behaviour for every case in cli_cases_spec.py.

Run from anywhere:  python3.11 tests/Sharpy.Cli.Tests/Data/gen_expectations.py
Each case runs the REAL python3.11 binary in a fresh temporary directory with a pinned environment
(env -i plus the case's variables). Outputs are normalised so that they compare with Sharpy's:
the temporary directory becomes {TMP}, the interpreter path becomes {PROG}, and CPython's hard-coded
"Try `python -h'" hint becomes Sharpy's "Try `sharpy -h'".
"""
import json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cli_cases_spec import CASES  # noqa: E402

PYTHON = os.path.realpath(sys.executable)
BASE_ENV = {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8", "HOME": "/nonexistent"}


def normalise(text, tmp):
    text = text.replace(tmp, "{TMP}").replace(PYTHON, "{PROG}")
    text = text.replace("cpython-311", "sharpy-311")
    return text.replace("Try `python -h'", "Try `sharpy -h'")


def run(case):
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
        env = dict(BASE_ENV)
        env.update(case.get("env", {}))
        cwd = os.path.join(tmp, case.get("cwd", ""))
        p = subprocess.run([PYTHON] + case["args"], cwd=cwd, env=env, input=case.get("stdin", "").encode(),
                           capture_output=True)
        out = dict(case)
        out["stdout"] = normalise(p.stdout.decode("utf-8", "replace"), tmp)
        out["stderr"] = normalise(p.stderr.decode("utf-8", "replace"), tmp)
        out["rc"] = p.returncode
        return out


def main():
    results = [run(c) for c in CASES]
    with open(os.path.join(HERE, "cli_cases.json"), "w", encoding="utf-8") as f:
        json.dump(results, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"{len(results)} cases written")


if __name__ == "__main__":
    main()
