"""Log-file analysis with re and collections."""
import re
from collections import Counter, defaultdict, namedtuple
from datetime import datetime

LOG = """\
2024-03-01 10:00:01 INFO  [web] GET /index.html 200 123ms user=alice
2024-03-01 10:00:02 INFO  [web] GET /about 200 45ms user=bob
2024-03-01 10:00:05 WARN  [db] slow query took 1500ms table=orders
2024-03-01 10:01:00 ERROR [web] POST /login 500 3ms user=carol
2024-03-01 10:01:30 INFO  [web] GET /index.html 304 2ms user=alice
2024-03-01 10:02:00 ERROR [db] connection reset errno=104
garbage line here
2024-03-01 10:03:10 INFO  [auth] login ok user=bob
2024-03-01 10:04:00 DEBUG [web] GET /static/app.js 200 9ms user=dave
2024-03-01 10:05:00 ERROR [web] GET /api/items 502 250ms user=alice
"""

LINE = re.compile(
    r"(?P<ts>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)\s+(?P<level>[A-Z]+)\s+\[(?P<svc>\w+)\]\s+(?P<msg>.*)$"
)
REQ = re.compile(r"(?P<method>GET|POST) (?P<path>\S+) (?P<status>\d{3}) (?P<ms>\d+)ms")
KV = re.compile(r"(\w+)=(\S+)")
Entry = namedtuple("Entry", "ts level svc msg kv")

entries, bad = [], []
for no, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        bad.append(no)
        continue
    kv = dict(KV.findall(m["msg"]))
    entries.append(Entry(datetime.strptime(m["ts"], "%Y-%m-%d %H:%M:%S"), m["level"], m["svc"], m["msg"], kv))

print(f"parsed={len(entries)} bad_lines={bad}")
levels = Counter(e.level for e in entries)
print(levels.most_common())
print(sorted(levels.elements())[:4])
by_svc = defaultdict(Counter)
for e in entries:
    by_svc[e.svc][e.level] += 1
for svc, c in sorted(by_svc.items()):
    print(f"{svc:<5} {dict(c)}")
reqs = [(e, REQ.search(e.msg)) for e in entries]
reqs = [(e, m) for e, m in reqs if m]
status = Counter(m["status"][0] + "xx" for _, m in reqs)
print("status classes", sorted(status.items()))
paths = Counter(m["path"] for _, m in reqs)
print(paths.most_common(2))
lat = sorted(int(m["ms"]) for _, m in reqs)
print("latency min/median/max", lat[0], lat[len(lat) // 2], lat[-1])
users = Counter(e.kv.get("user") for e in entries if "user" in e.kv)
print(users, users["nobody"], users.total())
errors = [e for e in entries if e.level == "ERROR"]
for e in errors:
    print(e.ts.strftime("%H:%M"), e.svc, re.sub(r"\d+", "#", e.msg))
span = entries[-1].ts - entries[0].ts
print("span", span, span.total_seconds())
per_min = Counter(e.ts.replace(second=0) for e in entries)
for minute, n in sorted(per_min.items()):
    print(minute.isoformat(timespec="minutes"), "#" * n)
print(re.findall(r"\b(\w+)=(\d+)\b", LOG))
print(re.split(r"\s*\|\s*", "a | b|c  |d"))
print(re.sub(r"(?P<k>user)=(?P<v>\w+)", r"\g<v>@\g<k>", "x user=alice y"))
print(re.subn(r"ms\b", " ms", LOG)[1])
c1, c2 = Counter("abracadabra"), Counter("alakazam")
print(c1 - c2, c1 & c2, (c1 | c2).most_common(3))
print(c1 + Counter({"a": -10}), +Counter({"x": -1, "y": 2}))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e, e.pos)
