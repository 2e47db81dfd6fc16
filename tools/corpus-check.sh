#!/usr/bin/env bash
# Runs corpus programs through a Sharpy binary exactly as the conformance tests do (pinned
# environment, program's directory as cwd, stdin from /dev/null, "<dir>" in stderr) and reports
# which differ from their committed CPython goldens. Quicker than the xunit runner for a few files.
# Usage: SHARPY=path/to/sharpy tools/corpus-check.sh FILE.py ...   (default SHARPY: .build/sharpy/sharpy)
set -u -o pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="$(realpath "${SHARPY:-$repo_root/.build/sharpy/sharpy}")"
pass=0; fail=0
for f in "$@"; do
    dir="$(cd "$(dirname "$f")" && pwd)"; name="$(basename "$f" .py)"
    out=$(mktemp -d)
    (cd "$dir" && env -i PATH="$PATH" HOME="$HOME" PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 \
        PYTHONIOENCODING=utf-8 LC_ALL=C.UTF-8 timeout 60s "$bin" "$name.py" </dev/null \
        >"$out/out" 2>"$out/err"; echo "$?" >"$out/rc")
    sed -i "s|$dir|<dir>|g" "$out/err"
    ok=1
    for k in out err rc; do
        if ! cmp -s "$out/$k" "$dir/$name.$k"; then
            ok=0; echo "--- $f: $k differs"; diff "$dir/$name.$k" "$out/$k" | head -20
        fi
    done
    if [ $ok = 1 ]; then pass=$((pass+1)); else fail=$((fail+1)); fi
    rm -rf "$out"
done
echo "$pass passed, $fail failed"
