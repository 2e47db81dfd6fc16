#!/usr/bin/env bash
# Regenerate CPython 3.11 goldens for the conformance corpus.
#
# Usage: tools/regen-goldens.sh [FILE.py ...]
#   With no arguments every tests/corpus/run/**/*.py is regenerated.
#   For each NAME.py it writes NAME.out (stdout), NAME.err (stderr, with the
#   file's absolute directory replaced by the literal "<dir>") and NAME.rc
#   (exit code followed by a newline). The program runs from its own directory
#   as `python3.11 NAME.py` with a pinned environment and stdin from /dev/null.
set -u -o pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus_dir="$repo_root/tests/corpus/run"
python_bin="${PYTHON:-python3.11}"

if ! command -v "$python_bin" >/dev/null 2>&1; then
    echo "regen-goldens: $python_bin not found" >&2
    exit 2
fi
# Resolve launcher shims (pyenv, ...) to the real interpreter once: the shim costs far more
# than the programs themselves.
python_bin="$("$python_bin" -c 'import sys; print(sys.executable)')"
case "$("$python_bin" -c 'import sys; print("%d.%d" % sys.version_info[:2])')" in
    3.11) ;;
    *) echo "regen-goldens: $python_bin is not CPython 3.11" >&2; exit 2 ;;
esac

files=()
if [ "$#" -gt 0 ]; then
    for f in "$@"; do files+=("$f"); done
else
    while IFS= read -r -d '' f; do files+=("$f"); done \
        < <(find "$corpus_dir" -name '*.py' -type f -print0 | sort -z)
fi

count=0
for f in "${files[@]}"; do
    if [ ! -f "$f" ]; then
        echo "regen-goldens: no such file: $f" >&2
        continue
    fi
    dir="$(cd "$(dirname "$f")" && pwd)"
    name="$(basename "$f" .py)"
    (
        cd "$dir" || exit 1
        env -i PATH="$PATH" HOME="$HOME" PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 \
            PYTHONIOENCODING=utf-8 LC_ALL=C.UTF-8 \
            timeout 20s "$python_bin" "$name.py" </dev/null >"$name.out" 2>"$name.err.tmp"
        echo "$?" >"$name.rc"
        # Literal (non-regex) replacement of the absolute directory by <dir>.
        DIR="$dir" "$python_bin" -c '
import os, sys
d = os.environ["DIR"]
data = open(sys.argv[1], encoding="utf-8", errors="surrogateescape").read()
open(sys.argv[2], "w", encoding="utf-8", errors="surrogateescape", newline="").write(data.replace(d, "<dir>"))
' "$name.err.tmp" "$name.err"
        rm -f "$name.err.tmp"
    )
    count=$((count + 1))
done
echo "regen-goldens: regenerated $count program(s)"
