"""Regex-heavy log parsing and reporting."""
import re
from collections import Counter, defaultdict
from datetime import datetime, timedelta
import io

LOG = """\
2024-03-01 08:15:02,113 INFO  [web-1] GET /index.html 200 1532 12ms user=alice
2024-03-01 08:15:03,501 INFO  [web-2] GET /api/items?page=2 200 8211 45ms user=bob
2024-03-01 08:15:05,007 WARN  [web-1] GET /api/items?page=99 404 112 3ms user=alice
2024-03-01 08:16:11,940 ERROR [db-1] Connection reset by peer (errno=104) retry=1
2024-03-01 08:16:12,001 INFO  [web-2] POST /api/cart 201 54 88ms user=carol
2024-03-01 08:17:45,230 ERROR [web-1] POST /api/checkout 500 0 1203ms user=carol
2024-03-01 08:17:46,000 DEBUG [web-3] cache miss key='item:42'
2024-03-01 08:18:00,000 INFO  [web-3] GET /static/app.js 304 0 1ms user=-
2024-03-01 08:19:30,512 WARN  [db-1] Slow query took 2.5s: SELECT * FROM items WHERE id IN (1, 2, 3)
2024-03-01 08:20:01,777 INFO  [web-1] DELETE /api/cart/7 204 0 19ms user=bob
this line is garbage
2024-03-01 08:21:59,999 ERROR [db-1] Connection reset by peer (errno=104) retry=2
"""

LINE = re.compile(
    r"^(?P<ts>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d),(?P<ms>\d{3})\s+"
    r"(?P<level>[A-Z]+)\s+\[(?P<host>[\w-]+)\]\s+(?P<msg>.*)$")
REQ = re.compile(r"(?P<method>GET|POST|PUT|DELETE) (?P<path>\S+) (?P<status>\d{3}) "
                 r"(?P<size>\d+) (?P<dur>\d+)ms user=(?P<user>[\w-]+)")

records, bad = [], []
for lineno, line in enumerate(io.StringIO(LOG), 1):
    m = LINE.match(line.rstrip("\n"))
    if not m:
        bad.append(lineno)
        continue
    rec = m.groupdict()
    rec["time"] = datetime.strptime(rec.pop("ts"), "%Y-%m-%d %H:%M:%S") + timedelta(milliseconds=int(rec.pop("ms")))
    r = REQ.search(rec["msg"])
    rec["req"] = r.groupdict() if r else None
    records.append(rec)

print(f"parsed {len(records)} records, bad lines: {bad}")
levels = Counter(r["level"] for r in records)
for level, n in levels.most_common():
    print(f"  {level:<6}{n:>3} {'#' * n}")

reqs = [r["req"] for r in records if r["req"]]
by_status = defaultdict(list)
for q in reqs:
    by_status[q["status"][0] + "xx"].append(q["path"])
print(dict(sorted(by_status.items())))
durs = sorted(int(q["dur"]) for q in reqs)
print("durations:", durs, "median:", durs[len(durs) // 2])
print("bytes by user:", dict(sorted(Counter({q["user"]: 0 for q in reqs}) + Counter(
    {u: sum(int(q["size"]) for q in reqs if q["user"] == u) for u in {q["user"] for q in reqs}}))))
paths = [re.sub(r"/\d+", "/{id}", re.sub(r"\?.*", "", q["path"])) for q in reqs]
print("normalized paths:", sorted(set(paths)))

errors = [r for r in records if r["level"] == "ERROR"]
span = errors[-1]["time"] - errors[0]["time"]
print("error span:", span, "seconds:", span.total_seconds())
print("first error at", errors[0]["time"].strftime("%H:%M:%S.%f")[:-3], errors[0]["time"].isoformat())
errnos = re.findall(r"errno=(\d+)", LOG)
print("errnos:", errnos, "retries:", [int(x) for x in re.findall(r"retry=(\d)", LOG)])
quoted = re.findall(r"'([^']*)'", LOG)
print("quoted:", quoted)
m = re.search(r"took (?P<secs>[\d.]+)s: (?P<sql>SELECT .*?) WHERE (?P<where>.*)", LOG)
print(m.group("secs"), "|", m["sql"], "|", m.group(3), "|", m.span("secs"))
ids = re.search(r"IN \(([^)]*)\)", LOG).group(1)
print("ids:", list(map(int, re.split(r",\s*", ids))))
print(re.sub(r"user=(\w+)", lambda mm: "user=" + mm[1].upper(), LOG.splitlines()[0]))
print(re.sub(r"(\d+)ms", r"\1 ms", "took 12ms and 45ms"))
print(re.subn(r"\s+", " ", "a  b\t\tc \n d"))
print(re.split(r"(\W+)", "hello, world! ok"))
print(re.fullmatch(r"[a-z]+@[a-z]+\.(com|org)", "me@example.org") is not None)
pat = re.compile(r"(?i)(?P<word>error|warn)")
print([m.group("word") for m in pat.finditer("Error then WARN then error")])
print(pat.pattern, pat.flags & re.IGNORECASE != 0, pat.groupindex["word"])
hosts = defaultdict(lambda: [0, 0])
for r in records:
    hosts[r["host"]][0] += 1
    hosts[r["host"]][1] += r["level"] in ("ERROR", "WARN")
print(f"{'host':<8}|{'total':^7}|{'bad':>4}")
print("-" * 21)
for h, (t, b) in sorted(hosts.items()):
    print(f"{h:<8}|{t:^7}|{b:>4}")
print(re.escape("a.b*c?"), re.match(r"(a)(b)?", "ac").groups(), re.match(r"(a)(b)?", "ac").groups("-"))
