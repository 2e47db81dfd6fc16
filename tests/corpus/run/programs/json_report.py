import json
from collections import defaultdict, OrderedDict
from statistics import mean

RAW = """
[
  {"id": 1, "dept": "eng", "name": "Ada", "salary": 120000, "skills": ["python", "c"], "manager": null},
  {"id": 2, "dept": "eng", "name": "Linus", "salary": 115000.5, "skills": ["c"], "manager": 1},
  {"id": 3, "dept": "ops", "name": "Grace", "salary": 99000, "skills": [], "manager": 1, "remote": true},
  {"id": 4, "dept": "sales", "name": "Zoë", "salary": 70000, "skills": ["excel", "python"], "manager": 3},
  {"id": 5, "dept": "ops", "name": "Ken", "salary": 88000, "skills": ["bash"], "manager": 3, "remote": false}
]
"""

people = json.loads(RAW)
by_dept = defaultdict(list)
for p in people:
    by_dept[p["dept"]].append(p)

report = OrderedDict()
for dept in sorted(by_dept):
    staff = by_dept[dept]
    report[dept] = {
        "headcount": len(staff),
        "avg_salary": round(mean(p["salary"] for p in staff), 2),
        "names": sorted(p["name"] for p in staff),
        "skills": sorted({s for p in staff for s in p["skills"]}),
        "remote": sum(1 for p in staff if p.get("remote")),
    }

print(json.dumps(report, indent=2))
print(json.dumps(report, separators=(",", ":"))[:80])
print(json.dumps(report["sales"], ensure_ascii=False), json.dumps("Zoë"), json.dumps("tab\tquote\"nl\n\u2028"))
print(json.dumps([1.0, 1e20, 1.5e-10, float("inf"), -0.0, 10**20, True, None]))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}, sort_keys=False))
print(json.dumps({"b": 1, "a": [1, {"z": 2, "y": [3, []]}], "c": {}}, indent="\t", sort_keys=True))
print(json.dumps([[], {}, [[]]], indent=2))


def tree(manager_id=None, depth=0):
    lines = []
    for p in people:
        if p["manager"] == manager_id:
            lines.append("  " * depth + f"- {p['name']} ({p['dept']})")
            lines.extend(tree(p["id"], depth + 1))
    return lines


print("\n".join(tree()))
decoded = json.loads('{"a": 1, "a": 2, "n": 1.0, "big": 123456789012345678901234567890, "e": 1E2, "u": "\\u00e9\\ud83d\\ude00"}')
print(decoded, type(decoded["n"]).__name__)
print(json.loads("[1, 2]", parse_int=str), json.loads('{"x": 1.5}', parse_float=lambda s: "F" + s))
print(json.loads('[{"k": 1}]', object_pairs_hook=lambda pairs: ("pairs", pairs)))
print(json.loads('"\\ud83d"'), json.loads("NaN"), json.loads(" -Infinity "), json.loads("true"))
for bad in ['{"a": 1,}', "[1, 2", "{'a': 1}", '{"a" 1}', "", "[1] x", '"\\x"', "01"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r:12} -> {e}")


class Money:
    def __init__(self, cents):
        self.cents = cents


def encode(o):
    if isinstance(o, Money):
        return {"$money": f"{o.cents / 100:.2f}"}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")


def decode(d):
    if "$money" in d:
        return Money(round(float(d["$money"]) * 100))
    return d


s = json.dumps({"price": Money(1999), "tags": {"b", "a"}}, default=encode)
print(s)
back = json.loads(s, object_hook=decode)
print(type(back["price"]).__name__, back["price"].cents, back["tags"])
try:
    json.dumps(object())
except TypeError as e:
    print("TypeError:", e)
enc = json.JSONEncoder(indent=1, sort_keys=True)
print(list(enc.iterencode({"b": [1], "a": None}))[:5])
print(json.JSONDecoder().raw_decode('{"x": 1} trailing'))
