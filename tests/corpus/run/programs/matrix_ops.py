# Matrix arithmetic with nested lists and a small Matrix class.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(rows), len(rows[0])
    def __matmul__(self, other):
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in zip(*other.rows)] for row in self.rows])
    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
    def __eq__(self, other):
        return self.rows == other.rows
    def transpose(self):
        return Matrix(list(zip(*self.rows)))
    def __pow__(self, k):
        result = Matrix([[int(i == j) for j in range(self.n)] for i in range(self.n)])
        base = self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result
    def __repr__(self):
        return "\n".join(" ".join(f"{v:>4}" for v in r) for r in self.rows)
a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a @ b)
print(a + b)
print(a.transpose())
fib = Matrix([[1, 1], [1, 0]])
print((fib ** 30).rows[0][1], (fib ** 90).rows[0][1])
print(a @ (b @ a) == (a @ b) @ a, a == Matrix([[1, 2], [3, 4]]), a != b)
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det([[1, 2], [2, 4]]))
identity = [[1 if i == j else 0 for j in range(4)] for i in range(4)]
print(identity)
