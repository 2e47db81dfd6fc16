# N-queens via backtracking with generators.
def solve(n):
    def place(row, cols, d1, d2, acc):
        if row == n:
            yield list(acc)
            return
        for c in range(n):
            if c in cols or row - c in d1 or row + c in d2:
                continue
            acc.append(c)
            yield from place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, acc)
            acc.pop()
    return place(0, frozenset(), frozenset(), frozenset(), [])
for n in range(1, 9):
    sols = list(solve(n))
    print(n, len(sols), sols[0] if sols else None)
first = next(solve(6))
for c in first:
    print("".join("Q" if i == c else "." for i in range(6)))
