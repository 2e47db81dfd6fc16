"""DP tables printed as grids: knapsack, LCS, edit distance with alignment."""

def knapsack(items, cap):
    n = len(items)
    dp = [[0] * (cap + 1) for _ in range(n + 1)]
    for i, (name, w, v) in enumerate(items, 1):
        for c in range(cap + 1):
            dp[i][c] = dp[i - 1][c]
            if w <= c and dp[i - 1][c - w] + v > dp[i][c]:
                dp[i][c] = dp[i - 1][c - w] + v
    chosen, c = [], cap
    for i in range(n, 0, -1):
        if dp[i][c] != dp[i - 1][c]:
            chosen.append(items[i - 1][0])
            c -= items[i - 1][1]
    return dp, chosen[::-1]

items = [("map", 1, 15), ("compass", 2, 10), ("water", 3, 30), ("food", 4, 40), ("tent", 5, 55)]
dp, chosen = knapsack(items, 8)
print("      " + "".join(f"{c:>4}" for c in range(9)))
for (name, *_), row in zip([("-",)] + items, dp):
    print(f"{name:>6}" + "".join(f"{x:>4}" for x in row))
print("best", dp[-1][-1], chosen)

def lcs(a, b):
    m, n = len(a), len(b)
    L = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m):
        for j in range(n):
            L[i + 1][j + 1] = L[i][j] + 1 if a[i] == b[j] else max(L[i][j + 1], L[i + 1][j])
    out = []
    i, j = m, n
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1]); i -= 1; j -= 1
        elif L[i - 1][j] >= L[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return L, "".join(reversed(out))

L, s = lcs("AGGTAB", "GXTXAYB")
print("   " + " ".join(" GXTXAYB"))
for ch, row in zip(" AGGTAB", L):
    print(f" {ch} " + " ".join(map(str, row)))
print("LCS:", s, len(s))

def edit(a, b):
    D = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        D[i][0] = i
    for j in range(len(b) + 1):
        D[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            D[i][j] = min(D[i - 1][j] + 1, D[i][j - 1] + 1, D[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
    ops, i, j = [], len(a), len(b)
    while i or j:
        if i and j and D[i][j] == D[i - 1][j - 1] + (a[i - 1] != b[j - 1]):
            ops.append(("=" if a[i - 1] == b[j - 1] else "~", a[i - 1], b[j - 1])); i -= 1; j -= 1
        elif i and D[i][j] == D[i - 1][j] + 1:
            ops.append(("-", a[i - 1], " ")); i -= 1
        else:
            ops.append(("+", " ", b[j - 1])); j -= 1
    return D[-1][-1], ops[::-1]

for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc")]:
    d, ops = edit(a, b)
    print(f"{a!r:>12} -> {b!r:<12} distance={d}")
    print("   " + "".join(o[1] for o in ops))
    print("   " + "".join(o[0] for o in ops))
    print("   " + "".join(o[2] for o in ops))
