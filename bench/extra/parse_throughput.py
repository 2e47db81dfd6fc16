"""Parse throughput over CPython's standard library: Sharpy's parser vs CPython's ast.parse (MB/s).

Builds tools/Sharpy.AstDiff and runs its --bench mode, which times Sharpy's tokenizer+parser in process
(best of 5) and python3.11's ast.parse over the same files (best of its runs). Invoked by bench/run.py.
"""
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ART = os.path.join(ROOT, ".build", "bench-artifacts")
b = subprocess.run(["dotnet", "build", os.path.join(ROOT, "tools", "Sharpy.AstDiff"), "-c", "Release",
                    "--artifacts-path", ART, "-v", "quiet", "--nologo"], capture_output=True, text=True)
if b.returncode != 0:
    print("## Parse throughput", "", "AstDiff build failed: " + b.stdout[-300:], sep="\n")
    sys.exit(0)
dll = os.path.join(ART, "bin", "Sharpy.AstDiff", "release", "Sharpy.AstDiff.dll")
p = subprocess.run(["dotnet", dll, "--bench"], capture_output=True, text=True, timeout=1800)
m = re.search(r"([\d.]+) MB: sharpy ([\d.]+)s \(([\d.]+) MB/s\), python3.11 ast.parse ([\d.]+)s \(([\d.]+) MB/s\), ratio ([\d.]+)x",
              p.stdout)
print("## Parse throughput (standard library)", "")
if not m:
    print("failed: " + (p.stdout + p.stderr)[-300:])
else:
    mb, st, smb, ct, cmb, r = m.groups()
    print(f"{mb} MB of `.py` files (every file of CPython's stdlib), tokenize + parse to AST, best of 5.", "",
          "| CPython `ast.parse` (MB/s) | Sharpy parser (MB/s) | Sharpy / CPython speed |", "|---|---|---|",
          f"| {cmb} | {smb} | **{r}×** faster |", sep="\n")
