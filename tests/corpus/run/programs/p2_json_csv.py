"""JSON and CSV processing entirely in memory."""
import csv
import io
import json
from collections import defaultdict
from statistics import mean, median, pstdev

CSV_DATA = """id,name,department,salary,start_date,remote
1,Alice Smith,Engineering,125000,2019-03-15,true
2,"Bob ""Bobby"" Jones",Marketing,82000,2020-07-01,false
3,Carol White,Engineering,135500,2017-11-20,true
4,"Dan, Jr.",Sales,67000,2021-01-10,false
5,Eve Black,Engineering,99000,2022-05-30,false
6,Frank Green,Sales,71000.50,2018-09-09,true
"""

reader = csv.DictReader(io.StringIO(CSV_DATA))
print("fields:", reader.fieldnames)
employees = []
for row in reader:
    row["id"] = int(row["id"])
    row["salary"] = float(row["salary"])
    row["remote"] = row["remote"] == "true"
    employees.append(row)
print(employees[1]["name"], "|", employees[3]["name"])

by_dept = defaultdict(list)
for e in employees:
    by_dept[e["department"]].append(e)
summary = {}
for dept, staff in sorted(by_dept.items()):
    sal = [e["salary"] for e in staff]
    summary[dept] = {"count": len(staff), "mean": round(mean(sal), 2), "median": median(sal),
                     "stdev": round(pstdev(sal), 2), "remote": sum(e["remote"] for e in staff)}
print(json.dumps(summary, indent=2))

out = io.StringIO()
writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
writer.writerow(["dept", "count", "note"])
for dept, s in summary.items():
    writer.writerow([dept, s["count"], f'avg "{s["mean"]}", ok'])
print(out.getvalue(), end="")

out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["name", "salary"], extrasaction="ignore", lineterminator="\r\n")
dw.writeheader()
dw.writerows(employees[:2])
print(repr(out.getvalue()))

tsv = "a\tb\tc\n1\t2\t3\n"
print(list(csv.reader(io.StringIO(tsv), delimiter="\t")))
print(list(csv.reader(['x;"y;z";w'], delimiter=";")))

doc = {
    "name": "Sharpy",
    "version": [3, 11, 7],
    "ratio": 0.1 + 0.2,
    "big": 2 ** 70,
    "unicode": "naïve café ✓",
    "nested": {"empty_list": [], "empty_obj": {}, "none": None, "flags": [True, False]},
    "floats": [1.0, 1e20, 1e-7, -0.0, 3.14],
}
s = json.dumps(doc)
print(s)
print(json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")))
print(json.dumps(doc["nested"], indent="\t"))
back = json.loads(s)
print(back == doc, type(back["big"]).__name__, back["unicode"])
print(json.loads('[1, 2.5, "x", null, true, {"a": [{}]}]'))
print(json.loads('{"a": 1, "a": 2}'), json.loads("  3  "), json.loads('"\\u00e9\\n"'))
print(json.dumps(float("nan")), json.dumps(float("inf")), json.dumps("</script>"))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError:", e)
for bad in ['{"a" 1}', "[1, 2,]", "", '{"a": tru}', "[1] x"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"decode error for {bad!r}: {e}")
print(json.dumps({3: "int key", "b": (1, 2), None: 0, 1.5: "f"}))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"__point__": [o.x, o.y]}
        return super().default(o)


def hook(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d


enc = json.dumps({"pts": [Point(1, 2), Point(3, 4)]}, cls=Enc)
print(enc)
pts = json.loads(enc, object_hook=hook)["pts"]
print([(p.x, p.y) for p in pts])
print(json.loads("[1.5, 2]", parse_float=lambda s: f"F{s}", parse_int=lambda s: int(s) * 10))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda pairs: sorted(pairs)))
print(json.dumps([1, [2, [3]]], indent=0))
print(json.dumps({"k": "v"}, default=str, skipkeys=True), json.dumps({(1, 2): 3}, skipkeys=True))
