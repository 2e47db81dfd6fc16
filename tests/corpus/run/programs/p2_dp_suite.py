"""Dynamic programming classics with lru_cache and tabulation."""
from functools import lru_cache, cache
import sys

sys.setrecursionlimit(5000)


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def lcs(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            dp[i][j] = dp[i + 1][j + 1] + 1 if a[i] == b[j] else max(dp[i + 1][j], dp[i][j + 1])
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            out.append(a[i]); i += 1; j += 1
        elif dp[i + 1][j] >= dp[i][j + 1]:
            i += 1
        else:
            j += 1
    return "".join(out)


def coin_change(coins, amount):
    INF = float("inf")
    best = [0] + [INF] * amount
    choice = [None] * (amount + 1)
    for x in range(1, amount + 1):
        for c in coins:
            if c <= x and best[x - c] + 1 < best[x]:
                best[x] = best[x - c] + 1
                choice[x] = c
    if best[amount] == INF:
        return None
    used = []
    while amount:
        used.append(choice[amount])
        amount -= choice[amount]
    return sorted(used, reverse=True)


def count_ways(coins, amount):
    ways = [1] + [0] * amount
    for c in coins:
        for x in range(c, amount + 1):
            ways[x] += ways[x - c]
    return ways[amount]


@lru_cache(maxsize=None)
def partitions(n, k=None):
    if k is None:
        k = n
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


@cache
def catalan(n):
    return 1 if n < 2 else sum(catalan(i) * catalan(n - 1 - i) for i in range(n))


def lis(seq):
    import bisect
    tails, idx, parent = [], [], [None] * len(seq)
    for i, x in enumerate(seq):
        p = bisect.bisect_left(tails, x)
        if p == len(tails):
            tails.append(x); idx.append(i)
        else:
            tails[p] = x; idx[p] = i
        parent[i] = idx[p - 1] if p else None
    out, k = [], idx[-1] if idx else None
    while k is not None:
        out.append(seq[k]); k = parent[k]
    return out[::-1]


def knapsack(items, cap):
    dp = [[0] * (cap + 1) for _ in range(len(items) + 1)]
    for i, (name, w, v) in enumerate(items, 1):
        for c in range(cap + 1):
            dp[i][c] = dp[i - 1][c]
            if w <= c:
                dp[i][c] = max(dp[i][c], dp[i - 1][c - w] + v)
    chosen, c = [], cap
    for i in range(len(items), 0, -1):
        if dp[i][c] != dp[i - 1][c]:
            chosen.append(items[i - 1][0]); c -= items[i - 1][1]
    return dp[-1][-1], chosen[::-1]


def matrix_chain(dims):
    n = len(dims) - 1
    cost = [[0] * n for _ in range(n)]
    split = [[0] * n for _ in range(n)]
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            cost[i][j] = min((cost[i][k] + cost[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1], k)
                             for k in range(i, j))[0]
            split[i][j] = min(range(i, j), key=lambda k: cost[i][k] + cost[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1])

    def paren(i, j):
        if i == j:
            return f"M{i + 1}"
        k = split[i][j]
        return f"({paren(i, k)} x {paren(k + 1, j)})"
    return cost[0][n - 1], paren(0, n - 1)


for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("intention", "execution")]:
    print(f"edit({a!r}, {b!r}) = {edit_distance(a, b)}; lcs = {lcs(a, b)!r}")
print("coins 63:", coin_change([1, 5, 10, 21, 25], 63))
print("coins 7 with [2,4]:", coin_change([2, 4], 7))
print("ways 100:", count_ways([1, 5, 10, 25, 50], 100))
print("partitions:", [partitions(n) for n in range(1, 16)])
print("p(200) =", partitions(200))
print(partitions.cache_info().hits > 0, partitions.cache_info().maxsize)
print("catalan:", [catalan(i) for i in range(15)])
print("catalan(60) =", catalan(60))
print("LIS:", lis([3, 10, 2, 1, 20, 4, 6, 7, 30, 5, 8, 9]))
print("LIS empty:", lis([]))
items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)]
print("knapsack:", knapsack(items, 200))
print("matrix chain:", matrix_chain([40, 20, 30, 10, 30]))
print("matrix chain:", matrix_chain([10, 20, 30, 40, 30]))
partitions.cache_clear()
print(partitions.cache_info())
