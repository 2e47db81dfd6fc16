"""argparse with explicit argv lists: subcommands, types, choices, errors (SystemExit caught), help text."""
import argparse
import sys
import io
import contextlib


def build():
    p = argparse.ArgumentParser(prog="todo", description="Manage a todo list.",
                                epilog="Have fun.")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    p.add_argument("--db", default="todo.db", metavar="PATH")
    sub = p.add_subparsers(dest="cmd", required=True, title="commands")
    add = sub.add_parser("add", help="add a task")
    add.add_argument("title", nargs="+")
    add.add_argument("-p", "--priority", type=int, choices=range(1, 6), default=3)
    add.add_argument("--tag", action="append", default=[])
    ls = sub.add_parser("list", help="list tasks")
    ls.add_argument("--done", action="store_true")
    ls.add_argument("--limit", type=int)
    g = ls.add_mutually_exclusive_group()
    g.add_argument("--json", action="store_const", const="json", dest="fmt")
    g.add_argument("--csv", action="store_const", const="csv", dest="fmt")
    rm = sub.add_parser("rm", aliases=["remove"], help="remove tasks")
    rm.add_argument("ids", type=int, nargs="*")
    rm.add_argument("--force", "-f", action="store_true")
    return p


parser = build()
for argv in [["add", "buy", "milk", "-p", "1", "--tag", "home", "--tag", "errand"],
             ["-vv", "--db", "x.db", "list", "--done", "--json"],
             ["list", "--limit", "5"],
             ["remove", "1", "2", "3", "-f"],
             ["rm"]]:
    ns = parser.parse_args(argv)
    print(sorted(vars(ns).items()))

for argv in [["add"], ["add", "x", "-p", "9"], ["list", "--json", "--csv"], ["bogus"], [],
             ["list", "--limit", "ten"], ["--unknown", "list"]]:
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            parser.parse_args(argv)
    except SystemExit as e:
        print(f"{argv} -> exit {e.code}")
        print("   ", err.getvalue().strip().splitlines()[-1])

out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        parser.parse_args(["add", "--help"])
    except SystemExit as e:
        code = e.code
print(out.getvalue())
print("help exit code:", code)
print(parser.format_usage())
p2 = argparse.ArgumentParser(prog="calc", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p2.add_argument("numbers", type=float, nargs="+", help="values")
p2.add_argument("--op", choices=["sum", "max", "mean"], default="sum", help="operation")
p2.add_argument("--precision", type=int, default=2, help="digits")
print(p2.format_help())
ns, extra = p2.parse_known_args(["1", "2.5", "--op", "mean", "--other", "x"])
vals = ns.numbers
res = {"sum": sum(vals), "max": max(vals), "mean": sum(vals) / len(vals)}[ns.op]
print(f"{res:.{ns.precision}f}", extra)
p3 = argparse.ArgumentParser(prog="kv")
p3.add_argument("pairs", nargs="*", type=lambda s: tuple(s.split("=", 1)))
p3.add_argument("--sep", default=",")
p3.set_defaults(mode="kv")
print(p3.parse_args(["a=1", "b=2=3", "--sep", ";"]))
ns = argparse.Namespace(a=1)
print(ns, "a" in ns, argparse.Namespace(a=1) == ns)
p4 = argparse.ArgumentParser(prog="final")
p4.add_argument("count", type=int)
p4.parse_args(["notanumber"])
