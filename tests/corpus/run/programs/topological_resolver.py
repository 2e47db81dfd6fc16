from graphlib import TopologicalSorter, CycleError
from collections import defaultdict, deque

PACKAGES = {
    "app": ["web", "db", "auth"],
    "web": ["http", "templates"],
    "auth": ["crypto", "db"],
    "db": ["driver"],
    "http": ["sockets"],
    "templates": [],
    "crypto": [],
    "driver": ["sockets"],
    "sockets": [],
}

ts = TopologicalSorter(PACKAGES)
order = list(ts.static_order())
print(order)
assert all(order.index(d) < order.index(p) for p, ds in PACKAGES.items() for d in ds)

ts = TopologicalSorter()
for p, deps in PACKAGES.items():
    ts.add(p, *deps)
ts.prepare()
level = 0
while ts.is_active():
    ready = sorted(ts.get_ready())
    print(f"batch {level}: {ready}")
    ts.done(*ready)
    level += 1

cyc = TopologicalSorter({"a": ["b"], "b": ["c"], "c": ["a"], "d": []})
try:
    cyc.prepare()
except CycleError as e:
    print("CycleError:", e.args[0], sorted(e.args[1]), len(e.args[1]))

ts2 = TopologicalSorter({"x": ["y"]})
ts2.prepare()
try:
    ts2.prepare()
except ValueError as e:
    print("ValueError:", e)
try:
    ts2.add("z")
except ValueError as e:
    print("ValueError:", e)
try:
    ts2.done("q")
except ValueError as e:
    print("ValueError:", e)
r = ts2.get_ready()
print(r, type(r).__name__)
try:
    ts2.done("x")
except ValueError as e:
    print("ValueError:", e)
ts2.done("y")
print(ts2.get_ready(), ts2.is_active(), bool(ts2))
try:
    TopologicalSorter().get_ready()
except ValueError as e:
    print("ValueError:", e)

def kahn(graph):
    indeg = defaultdict(int)
    rev = defaultdict(list)
    nodes = set(graph)
    for n, deps in graph.items():
        for d in deps:
            nodes.add(d)
            indeg[n] += 1
            rev[d].append(n)
    q = deque(sorted(n for n in nodes if indeg[n] == 0))
    out = []
    while q:
        n = q.popleft()
        out.append(n)
        for m in sorted(rev[n]):
            indeg[m] -= 1
            if indeg[m] == 0:
                q.append(m)
    if len(out) != len(nodes):
        raise ValueError("cycle among " + ", ".join(sorted(nodes - set(out))))
    return out

print(kahn(PACKAGES))
try:
    kahn({"a": ["b"], "b": ["a"], "c": []})
except ValueError as e:
    print(e)

def resolve(pkg, graph, seen=None, path=()):
    seen = [] if seen is None else seen
    if pkg in path:
        raise RecursionError("circular: " + " -> ".join(path + (pkg,)))
    for d in graph.get(pkg, []):
        resolve(d, graph, seen, path + (pkg,))
    if pkg not in seen:
        seen.append(pkg)
    return seen

print(resolve("app", PACKAGES))
try:
    resolve("a", {"a": ["b"], "b": ["c"], "c": ["a"]})
except RecursionError as e:
    print(type(e).__name__, e)
dq = deque([1, 2, 3], maxlen=4)
dq.extend([4, 5]); dq.appendleft(0); dq.rotate(2)
print(dq, dq.maxlen, dq.index(4), dq.count(5), list(reversed(dq)))
try:
    dq.index(99)
except ValueError as e:
    print("ValueError:", e)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
