"""Topological sort: Kahn's algorithm, DFS, graphlib, cycle detection."""
from collections import deque, defaultdict
import graphlib

deps = {
    "app": ["lib", "utils", "config"],
    "lib": ["utils", "core"],
    "utils": ["core"],
    "config": [],
    "core": [],
    "tests": ["app", "mock"],
    "mock": ["core"],
}

def kahn(graph):
    indeg = {n: 0 for n in graph}
    users = defaultdict(list)
    for n, ds in graph.items():
        for d in ds:
            indeg[n] += 1
            users[d].append(n)
    q = deque(sorted(n for n, k in indeg.items() if k == 0))
    order = []
    while q:
        n = q.popleft()
        order.append(n)
        for u in sorted(users[n]):
            indeg[u] -= 1
            if indeg[u] == 0:
                q.append(u)
    if len(order) != len(graph):
        stuck = sorted(n for n, k in indeg.items() if k)
        raise ValueError(f"cycle among {stuck}")
    return order

def dfs_order(graph):
    WHITE, GRAY, BLACK = 0, 1, 2
    color = dict.fromkeys(graph, WHITE)
    out = []
    def visit(n, path):
        if color[n] == GRAY:
            cyc = path[path.index(n):] + [n]
            raise RecursionError("cycle: " + " -> ".join(cyc))
        if color[n] == BLACK:
            return
        color[n] = GRAY
        for d in graph[n]:
            visit(d, path + [n])
        color[n] = BLACK
        out.append(n)
    for n in sorted(graph):
        visit(n, [])
    return out

print("kahn:", kahn(deps))
print("dfs: ", dfs_order(deps))
ts = graphlib.TopologicalSorter(deps)
print("graphlib:", list(ts.static_order()))
ts = graphlib.TopologicalSorter()
for n, ds in deps.items():
    ts.add(n, *ds)
ts.prepare()
level = 0
while ts.is_active():
    ready = sorted(ts.get_ready())
    print(f"level {level}: {ready}")
    ts.done(*ready)
    level += 1

cyclic = dict(deps, core=["app"])
try:
    kahn(cyclic)
except ValueError as e:
    print("kahn:", e)
try:
    dfs_order(cyclic)
except RecursionError as e:
    print("dfs:", e)
try:
    list(graphlib.TopologicalSorter(cyclic).static_order())
except graphlib.CycleError as e:
    print("CycleError:", e.args[0], len(e.args[1]) - 1, e.args[1][0] == e.args[1][-1])
t2 = graphlib.TopologicalSorter({"a": ["b"]})
try:
    t2.get_ready()
except ValueError as e:
    print("ValueError:", e)
t2.prepare()
try:
    t2.add("c")
except ValueError as e:
    print("ValueError:", e)
try:
    t2.done("zzz")
except ValueError as e:
    print("ValueError:", e)

def longest_path(graph):
    memo = {}
    def depth(n):
        if n not in memo:
            memo[n] = 1 + max((depth(d) for d in graph[n]), default=0)
        return memo[n]
    return max(graph, key=lambda n: (depth(n), n)), memo
top, memo = longest_path(deps)
print(top, dict(sorted(memo.items())))
