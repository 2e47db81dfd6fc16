"""Backtracking puzzles: knight's tour (Warnsdorff), subset sum, permutations of a word, 8-queens count."""
import sys

sys.setrecursionlimit(5000)
MOVES = [(2, 1), (1, 2), (-1, 2), (-2, 1), (-2, -1), (-1, -2), (1, -2), (2, -1)]


def knights_tour(n, start=(0, 0)):
    board = [[0] * n for _ in range(n)]

    def degree(r, c):
        return sum(1 for dr, dc in MOVES if 0 <= r + dr < n and 0 <= c + dc < n and not board[r + dr][c + dc])

    def solve(r, c, step):
        board[r][c] = step
        if step == n * n:
            return True
        cands = sorted(((degree(r + dr, c + dc), r + dr, c + dc) for dr, dc in MOVES
                        if 0 <= r + dr < n and 0 <= c + dc < n and not board[r + dr][c + dc]))
        for _, nr, nc in cands:
            if solve(nr, nc, step + 1):
                return True
        board[r][c] = 0
        return False

    return board if solve(*start, 1) else None


b = knights_tour(6)
for row in b:
    print(" ".join(f"{v:2d}" for v in row))
ok = all(any(abs(r1 - r2) * abs(c1 - c2) == 2 for (r2, c2) in [divmod(i, 6) for i in range(36) if b[i // 6][i % 6] == b[r1][c1] + 1])
         for r1 in range(6) for c1 in range(6) if b[r1][c1] < 36)
print("valid tour:", ok)
print("3x3 tour:", knights_tour(3))


def subset_sums(nums, target):
    out = []

    def go(i, chosen, total):
        if total == target:
            out.append(tuple(chosen))
            return
        if i == len(nums) or total > target:
            return
        for j in range(i, len(nums)):
            if j > i and nums[j] == nums[j - 1]:
                continue
            chosen.append(nums[j])
            go(j + 1, chosen, total + nums[j])
            chosen.pop()

    go(0, [], 0)
    return out


print(subset_sums(sorted([10, 1, 2, 7, 6, 1, 5]), 8))


def unique_perms(s):
    out, counts = [], {}
    for ch in s:
        counts[ch] = counts.get(ch, 0) + 1

    def go(prefix):
        if len(prefix) == len(s):
            out.append(prefix)
            return
        for ch in sorted(counts):
            if counts[ch]:
                counts[ch] -= 1
                go(prefix + ch)
                counts[ch] += 1

    go("")
    return out


p = unique_perms("aabc")
print(len(p), p[:6])


def queens(n):
    count = 0

    def place(row, cols, d1, d2):
        nonlocal count
        if row == n:
            count += 1
            return
        for c in range(n):
            if c in cols or row - c in d1 or row + c in d2:
                continue
            place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c})

    place(0, frozenset(), frozenset(), frozenset())
    return count


print([queens(n) for n in range(1, 9)])
