import sys
import argparse


def build_parser():
    p = argparse.ArgumentParser(prog="tally", description="Count things.")
    p.add_argument("words", nargs="*", help="words to count")
    p.add_argument("-n", "--top", type=int, default=3, help="how many to show")
    p.add_argument("--upper", action="store_true")
    p.add_argument("--sep", default=", ", metavar="S")
    p.add_argument("--mode", choices=["count", "len"], default="count")
    return p


def main(argv):
    parser = build_parser()
    args = parser.parse_args(argv)
    print(args)
    words = [w.upper() if args.upper else w for w in args.words]
    if args.mode == "count":
        counts = {}
        for w in words:
            counts[w] = counts.get(w, 0) + 1
        top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[: args.top]
    else:
        top = sorted(((w, len(w)) for w in set(words)), key=lambda kv: (-kv[1], kv[0]))[: args.top]
    print(args.sep.join(f"{w}={c}" for w, c in top))
    return len(words)


print(main(["a", "b", "a", "c", "b", "a", "--top", "2"]))
print(main(["--upper", "--mode", "len", "xx", "y", "zzz", "--sep", "|"]))
try:
    main(["--top", "many"])
except SystemExit as e:
    print("SystemExit code:", e.code)
try:
    main(["--mode", "other"])
except SystemExit as e:
    print("SystemExit code:", e.code)
try:
    main(["--help"])
except SystemExit as e:
    print("help exit:", e.code)
try:
    sys.exit("fatal: message to stderr")
except SystemExit as e:
    print("exit with str:", repr(e.code), e.args)


class Cleanup:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit handler sees", exc[0].__name__ if exc[0] else None)
        return False


import atexit
atexit.register(print, "atexit ran")
sys.stdout.flush()
with Cleanup():
    try:
        raise SystemExit(3)
    finally:
        print("finally runs")
