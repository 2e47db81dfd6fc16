"""Graph coloring, bipartite check, strongly connected components (Tarjan), bridges and articulation points."""
from collections import defaultdict
import sys

sys.setrecursionlimit(10000)


def greedy_coloring(adj):
    order = sorted(adj, key=lambda v: (-len(adj[v]), v))
    color = {}
    for v in order:
        used = {color[u] for u in adj[v] if u in color}
        color[v] = next(c for c in range(len(adj)) if c not in used)
    return color


def bipartite(adj):
    side = {}
    for s in sorted(adj):
        if s in side:
            continue
        side[s] = 0
        stack = [s]
        while stack:
            v = stack.pop()
            for u in adj[v]:
                if u not in side:
                    side[u] = 1 - side[v]
                    stack.append(u)
                elif side[u] == side[v]:
                    return None
    return side


def tarjan_scc(graph):
    index, low, on, stack, out = {}, {}, set(), [], []
    counter = [0]

    def strong(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            strong(v)
    return out


def bridges_and_cuts(adj):
    disc, low, parent = {}, {}, {}
    bridges, cuts = [], set()
    t = [0]

    def dfs(u):
        disc[u] = low[u] = t[0]
        t[0] += 1
        children = 0
        for v in sorted(adj[u]):
            if v not in disc:
                parent[v] = u
                children += 1
                dfs(v)
                low[u] = min(low[u], low[v])
                if parent.get(u) is None and children > 1:
                    cuts.add(u)
                if parent.get(u) is not None and low[v] >= disc[u]:
                    cuts.add(u)
                if low[v] > disc[u]:
                    bridges.append(tuple(sorted((u, v))))
            elif v != parent.get(u):
                low[u] = min(low[u], disc[v])

    for u in sorted(adj):
        if u not in disc:
            parent[u] = None
            dfs(u)
    return sorted(bridges), sorted(cuts)


def undirected(edges):
    adj = defaultdict(set)
    for a, b in edges:
        adj[a].add(b)
        adj[b].add(a)
    return adj


petersen = undirected([(i, (i + 1) % 5) for i in range(5)] + [(i, i + 5) for i in range(5)] +
                      [(5 + i, 5 + (i + 2) % 5) for i in range(5)])
col = greedy_coloring(petersen)
print("petersen colors used:", len(set(col.values())), sorted(col.items()))
print("valid:", all(col[a] != col[b] for a in petersen for b in petersen[a]))
cube = undirected([(a, b) for a in range(8) for b in range(8) if a < b and bin(a ^ b).count("1") == 1])
print("cube bipartite:", bipartite(cube))
print("petersen bipartite:", bipartite(petersen))
g = {1: [2], 2: [3], 3: [1, 4], 4: [5], 5: [6], 6: [4, 7], 7: [], 8: [8]}
print("SCCs:", tarjan_scc(g))
net = undirected([(1, 2), (2, 3), (3, 1), (3, 4), (4, 5), (5, 6), (6, 4), (6, 7), (8, 9)])
print("bridges/cuts:", bridges_and_cuts(net))
chain = undirected([(i, i + 1) for i in range(2000)])
b, c = bridges_and_cuts(chain)
print(len(b), len(c), b[:2], c[-2:])
