# N-queens by backtracking with sets and generators.
def solve(n):
    def place(row, cols, diag1, diag2):
        if row == n:
            yield 1
            return
        for col in range(n):
            if col in cols or (row + col) in diag1 or (row - col) in diag2:
                continue
            cols.add(col); diag1.add(row + col); diag2.add(row - col)
            yield from place(row + 1, cols, diag1, diag2)
            cols.remove(col); diag1.remove(row + col); diag2.remove(row - col)
    return sum(place(0, set(), set(), set()))


for size in (6, 7, 8, 9):
    print(size, solve(size))
