"""Graph algorithms: Dijkstra, BFS, DFS, topological sort, union-find, Kruskal."""
import heapq
from collections import defaultdict, deque


class Graph:
    def __init__(self, directed=False):
        self.adj = defaultdict(list)
        self.directed = directed

    def add(self, u, v, w=1):
        self.adj[u].append((v, w))
        if not self.directed:
            self.adj[v].append((u, w))
        else:
            self.adj.setdefault(v, [])

    def nodes(self):
        return sorted(self.adj)

    def dijkstra(self, src):
        dist = {src: 0}
        prev = {}
        pq = [(0, src)]
        seen = set()
        while pq:
            d, u = heapq.heappop(pq)
            if u in seen:
                continue
            seen.add(u)
            for v, w in self.adj[u]:
                nd = d + w
                if nd < dist.get(v, float("inf")):
                    dist[v] = nd
                    prev[v] = u
                    heapq.heappush(pq, (nd, v))
        return dist, prev

    @staticmethod
    def path(prev, src, dst):
        out = [dst]
        while out[-1] != src:
            out.append(prev[out[-1]])
        return out[::-1]

    def bfs(self, src):
        order, q, seen = [], deque([src]), {src}
        while q:
            u = q.popleft()
            order.append(u)
            for v, _ in sorted(self.adj[u]):
                if v not in seen:
                    seen.add(v)
                    q.append(v)
        return order

    def dfs(self, src, seen=None):
        seen = set() if seen is None else seen
        seen.add(src)
        yield src
        for v, _ in sorted(self.adj[src]):
            if v not in seen:
                yield from self.dfs(v, seen)

    def toposort(self):
        indeg = {u: 0 for u in self.adj}
        for u in self.adj:
            for v, _ in self.adj[u]:
                indeg[v] += 1
        ready = [u for u, d in indeg.items() if d == 0]
        heapq.heapify(ready)
        out = []
        while ready:
            u = heapq.heappop(ready)
            out.append(u)
            for v, _ in self.adj[u]:
                indeg[v] -= 1
                if indeg[v] == 0:
                    heapq.heappush(ready, v)
        if len(out) != len(indeg):
            raise ValueError("graph has a cycle")
        return out


class UnionFind:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = dict.fromkeys(items, 0)

    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        return True


def kruskal(nodes, edges):
    uf = UnionFind(nodes)
    mst = []
    for w, u, v in sorted(edges):
        if uf.union(u, v):
            mst.append((u, v, w))
    return mst


g = Graph()
edges = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3),
         ("E", "D", 4), ("D", "F", 11), ("E", "F", 20), ("G", "H", 1)]
for u, v, w in edges:
    g.add(u, v, w)
dist, prev = g.dijkstra("A")
for n in g.nodes():
    if n in dist:
        print(f"{n}: {dist[n]:>3}  via {'->'.join(Graph.path(prev, 'A', n))}")
    else:
        print(f"{n}: unreachable")
print("BFS:", g.bfs("A"))
print("DFS:", list(g.dfs("A")))

mst = kruskal(g.nodes(), [(w, u, v) for u, v, w in edges])
print("MST:", mst, "weight", sum(w for *_, w in mst))

dag = Graph(directed=True)
for a, b in [("shirt", "tie"), ("tie", "jacket"), ("pants", "shoes"), ("pants", "belt"),
             ("belt", "jacket"), ("shirt", "belt"), ("socks", "shoes"), ("undershorts", "pants"),
             ("undershorts", "shoes")]:
    dag.add(a, b)
print("topo:", dag.toposort())
dag.add("jacket", "shirt")
try:
    dag.toposort()
except ValueError as e:
    print("error:", e)

# grid BFS shortest path
grid = ["S.#.....",
        ".##.###.",
        "....#...",
        ".##...#E"]
rows, cols = len(grid), len(grid[0])
start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "S")
end = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "E")
q = deque([(start, 0)])
best = {start: 0}
while q:
    (r, c), d = q.popleft()
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in best:
            best[(nr, nc)] = d + 1
            q.append(((nr, nc), d + 1))
print("grid distance:", best.get(end))
comps = defaultdict(list)
uf = UnionFind(g.nodes())
for u, v, _ in edges:
    uf.union(u, v)
for n in g.nodes():
    comps[uf.find(n)].append(n)
print("components:", sorted(comps.values(), key=len, reverse=True))
