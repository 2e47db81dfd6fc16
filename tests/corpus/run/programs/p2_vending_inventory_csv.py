"""Inventory reconciliation from two CSV snapshots with difflib-style reporting and aggregated diffs."""
import csv
import io
import difflib
from collections import namedtuple

Row = namedtuple("Row", "sku name qty price")

BEFORE = """sku,name,qty,price
A100,Widget,10,2.50
A101,Gadget,5,10.00
A102,Doohickey,0,3.75
B200,Sprocket,42,0.99
"""
AFTER = """sku,name,qty,price
A100,Widget,7,2.50
A101,Gadget Pro,5,12.00
B200,Sprocket,42,0.99
B201,Cog,100,0.25
"""


def load(text):
    return {r["sku"]: Row(r["sku"], r["name"], int(r["qty"]), float(r["price"])) for r in csv.DictReader(io.StringIO(text))}


a, b = load(BEFORE), load(AFTER)
added = sorted(b.keys() - a.keys())
removed = sorted(a.keys() - b.keys())
changed = sorted(k for k in a.keys() & b.keys() if a[k] != b[k])
print("added:", added, "removed:", removed, "changed:", changed)
for k in changed:
    diffs = [f"{f}: {getattr(a[k], f)!r} -> {getattr(b[k], f)!r}" for f in Row._fields if getattr(a[k], f) != getattr(b[k], f)]
    print(f"  {k}: " + "; ".join(diffs))
value = lambda inv: sum(r.qty * r.price for r in inv.values())
print(f"value before {value(a):.2f} after {value(b):.2f} delta {value(b) - value(a):+.2f}")
for line in difflib.unified_diff(BEFORE.splitlines(), AFTER.splitlines(), "before.csv", "after.csv", lineterm="", n=1):
    print(line)
print("".join(difflib.ndiff(["Gadget\n"], ["Gadget Pro\n"])), end="")
sm = difflib.SequenceMatcher(None, "Doohickey", "Dookicky")
print(round(sm.ratio(), 4), sm.get_matching_blocks()[:3], sm.get_opcodes()[:3])
print(difflib.get_close_matches("Sprockett", [r.name for r in b.values()] + ["Socket", "Rocket"], n=2, cutoff=0.5))
out = io.StringIO()
w = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
w.writerow(["sku", "status", "qty_delta"])
for k in sorted(a.keys() | b.keys()):
    status = "added" if k in added else "removed" if k in removed else "changed" if k in changed else "same"
    qd = (b[k].qty if k in b else 0) - (a[k].qty if k in a else 0)
    w.writerow([k, status, qd])
print(out.getvalue(), end="")
print(list(csv.reader(io.StringIO(out.getvalue()), quoting=csv.QUOTE_NONNUMERIC))[1])
