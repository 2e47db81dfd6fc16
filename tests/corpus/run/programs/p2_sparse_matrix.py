"""Sparse matrices as dicts of coordinates: arithmetic, transpose, power iteration PageRank, pretty printing."""
from collections import defaultdict
import math


class Sparse:
    def __init__(self, n, m, data=None):
        self.n, self.m = n, m
        self.d = {k: v for k, v in (data or {}).items() if v}

    @classmethod
    def from_dense(cls, rows):
        return cls(len(rows), len(rows[0]), {(i, j): v for i, r in enumerate(rows) for j, v in enumerate(r) if v})

    def __getitem__(self, ij):
        return self.d.get(ij, 0)

    def __add__(self, o):
        out = dict(self.d)
        for k, v in o.d.items():
            out[k] = out.get(k, 0) + v
        return Sparse(self.n, self.m, out)

    def __mul__(self, o):
        if isinstance(o, (int, float)):
            return Sparse(self.n, self.m, {k: v * o for k, v in self.d.items()})
        if isinstance(o, list):
            out = [0.0] * self.n
            for (i, j), v in self.d.items():
                out[i] += v * o[j]
            return out
        cols = defaultdict(list)
        for (k, j), v in o.d.items():
            cols[k].append((j, v))
        out = defaultdict(float)
        for (i, k), v in self.d.items():
            for j, w in cols[k]:
                out[(i, j)] += v * w
        return Sparse(self.n, o.m, out)

    def T(self):
        return Sparse(self.m, self.n, {(j, i): v for (i, j), v in self.d.items()})

    @property
    def density(self):
        return len(self.d) / (self.n * self.m)

    def __str__(self):
        return "\n".join(" ".join(f"{self[i, j]:>5g}" for j in range(self.m)) for i in range(self.n))


A = Sparse.from_dense([[1, 0, 0, 2], [0, 0, 3, 0], [4, 0, 0, 0]])
B = Sparse.from_dense([[0, 1], [1, 0], [0, 0], [5, 0]])
print(A, "", A.T(), "", A * B, "", (A + A) * 0.5, sep="\n")
print(A.density, sorted(A.d.items()), A * [1, 1, 1, 1])

links = {"A": ["B", "C"], "B": ["C"], "C": ["A"], "D": ["C", "A"], "E": []}
names = sorted(links)
idx = {n: i for i, n in enumerate(names)}
N = len(names)
M = Sparse(N, N)
for src, outs in links.items():
    for dst in outs:
        M.d[(idx[dst], idx[src])] = 1 / len(outs)
dangling = [idx[n] for n, outs in links.items() if not outs]
rank = [1 / N] * N
d = 0.85
for it in range(100):
    new = M * rank
    leak = sum(rank[i] for i in dangling) / N
    new = [(1 - d) / N + d * (x + leak) for x in new]
    delta = sum(abs(a - b) for a, b in zip(new, rank))
    rank = new
    if delta < 1e-12:
        break
print("iterations:", it, "sum:", round(sum(rank), 12))
for n in sorted(names, key=lambda n: -rank[idx[n]]):
    print(f"  {n} {rank[idx[n]]:.6f} {'#' * round(rank[idx[n]] * 50)}")
I = Sparse(3, 3, {(i, i): 1 for i in range(3)})
print((I * 2.5).d, (I * I).d == I.d, math.isclose(sum(rank), 1.0))
