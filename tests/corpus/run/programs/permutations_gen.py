"""Permutation/combination generators by hand vs itertools; N-Queens count."""
import itertools
from math import comb, factorial, perm

def permutations(seq):
    if len(seq) <= 1:
        yield tuple(seq)
        return
    for i, x in enumerate(seq):
        for rest in permutations(seq[:i] + seq[i + 1:]):
            yield (x,) + rest

def next_permutation(a):
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return False
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    a[i + 1:] = reversed(a[i + 1:])
    return True

def combinations(items, k, start=0, acc=()):
    if len(acc) == k:
        yield acc
        return
    for i in range(start, len(items)):
        yield from combinations(items, k, i + 1, acc + (items[i],))

mine = list(permutations("abc"))
print(mine == list(itertools.permutations("abc")), ["".join(p) for p in mine])
a = list("aabc")
seen = ["".join(a)]
while next_permutation(a):
    seen.append("".join(a))
print(len(seen), seen)
print(list(combinations([1, 2, 3, 4], 2)))
print(list(itertools.combinations_with_replacement("xy", 3)))
print(factorial(20), perm(10, 3), comb(52, 5))
print(list(itertools.product([0, 1], repeat=3))[:5])

def queens(n):
    cols, d1, d2 = set(), set(), set()
    board = []
    def place(r):
        if r == n:
            yield list(board)
            return
        for c in range(n):
            if c in cols or r - c in d1 or r + c in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c); board.append(c)
            yield from place(r + 1)
            cols.discard(c); d1.discard(r - c); d2.discard(r + c); board.pop()
    return place(0)

for n in range(1, 9):
    sols = queens(n)
    first = next(sols, None)
    total = (first is not None) + sum(1 for _ in sols)
    print(f"{n}-queens: {total:>3} solutions, first={first}")
sol = next(queens(6))
for r in range(6):
    print(" ".join("Q" if sol[r] == c else "." for c in range(6)))

g = permutations([1, 2, 3])
print(next(g), next(g))
g.close()
print(next(g, "closed"))
try:
    perm(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    comb(5, "2")
except TypeError as e:
    print("TypeError:", e)
