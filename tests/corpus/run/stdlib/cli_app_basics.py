# A small CLI application combining argparse, csv, logging, tempfile, pathlib and difflib.
import argparse, csv, io, logging, sys, tempfile, textwrap
from pathlib import Path
from collections import Counter
import difflib

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s", stream=sys.stdout)
log = logging.getLogger("report")

def build_parser():
    p = argparse.ArgumentParser(description="Summarise sales data from a CSV file.")
    p.add_argument("csvfile", type=Path, help="input CSV file")
    p.add_argument("-n", "--top", type=int, default=3, help="how many rows to show (default: %(default)s)")
    p.add_argument("--by", choices=["region", "product"], default="region")
    p.add_argument("-q", "--quiet", action="store_true")
    return p

with tempfile.TemporaryDirectory() as tmp:
    data = Path(tmp) / "sales.csv"
    with data.open("w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["region", "product", "amount"])
        w.writeheader()
        for i, (r, pr) in enumerate([("north", "apple"), ("south", "pear"), ("north", "pear"), ("east", "apple"), ("south", "apple")]):
            w.writerow({"region": r, "product": pr, "amount": (i + 1) * 10})
    args = build_parser().parse_args([str(data), "--top", "2", "--by", "product"])
    log.info("reading %s", args.csvfile.name)
    totals = Counter()
    with args.csvfile.open(newline="") as f:
        for row in csv.DictReader(f):
            totals[row[args.by]] += int(row["amount"])
    for key, total in totals.most_common(args.top):
        print(f"{key:<10}{total:>6}")
    log.warning("done with %d groups", len(totals))
build_parser().print_help()
print(difflib.get_close_matches("regoin", ["region", "product"]))
try:
    build_parser().parse_args(["x", "--by", "regoin"])
except SystemExit as e:
    print("exit", e.code)
