"""Matrix class with operator overloading, Gaussian elimination with Fractions, determinant."""
from fractions import Fraction
from functools import reduce
import operator


class Matrix:
    __slots__ = ("rows", "n", "m")

    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(rows), len(rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, n, m):
        return cls([[0] * m for _ in range(n)])

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __setitem__(self, idx, v):
        i, j = idx
        self.rows[i][j] = v

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    __hash__ = None

    def __add__(self, o):
        self._same(o)
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])

    def __sub__(self, o):
        self._same(o)
        return Matrix([[a - b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])

    def __neg__(self):
        return self * -1

    def _same(self, o):
        if (self.n, self.m) != (o.n, o.m):
            raise ValueError(f"shape mismatch {self.shape} vs {o.shape}")

    @property
    def shape(self):
        return (self.n, self.m)

    def __mul__(self, o):
        if isinstance(o, Matrix):
            return self @ o
        return Matrix([[a * o for a in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, o):
        if self.m != o.n:
            raise ValueError(f"cannot multiply {self.shape} by {o.shape}")
        cols = list(zip(*o.rows))
        return Matrix([[sum(map(operator.mul, r, c)) for c in cols] for r in self.rows])

    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result

    def T(self):
        return Matrix(list(map(list, zip(*self.rows))))

    def det(self):
        if self.n != self.m:
            raise ValueError("det of non-square matrix")
        a = [[Fraction(x) for x in r] for r in self.rows]
        n, sign, d = self.n, 1, Fraction(1)
        for c in range(n):
            p = next((r for r in range(c, n) if a[r][c] != 0), None)
            if p is None:
                return Fraction(0)
            if p != c:
                a[c], a[p] = a[p], a[c]
                sign = -sign
            d *= a[c][c]
            for r in range(c + 1, n):
                f = a[r][c] / a[c][c]
                for k in range(c, n):
                    a[r][k] -= f * a[c][k]
        return sign * d

    def inverse(self):
        n = self.n
        a = [[Fraction(x) for x in r] + [Fraction(int(i == j)) for j in range(n)]
             for i, r in enumerate(self.rows)]
        for c in range(n):
            p = max(range(c, n), key=lambda r: abs(a[r][c]))
            if a[p][c] == 0:
                raise ZeroDivisionError("matrix is singular")
            a[c], a[p] = a[p], a[c]
            pv = a[c][c]
            a[c] = [x / pv for x in a[c]]
            for r in range(n):
                if r != c and a[r][c]:
                    f = a[r][c]
                    a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return Matrix([r[n:] for r in a])

    def __repr__(self):
        return f"Matrix({self.rows!r})"

    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[ " + " ".join(c.rjust(w) for c in r) + " ]" for r in cells)


A = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
B = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 10]])
print(A + B)
print(A - B)
print(A @ B)
print(2 * A == A + A, A * 2 == A + A)
print("det A =", A.det(), " det B =", B.det())
inv = A.inverse()
print(inv)
print("A @ inv == I:", A @ inv == Matrix.identity(3))
fib = Matrix([[1, 1], [1, 0]]) ** 90
print("fib(90) =", fib[0, 1])
print(B.T())
print(-A)
try:
    Matrix([[1, 2], [3]])
except ValueError as e:
    print("error:", e)
try:
    A @ Matrix([[1, 2]])
except ValueError as e:
    print("error:", e)
try:
    Matrix([[1, 2], [2, 4]]).inverse()
except ZeroDivisionError as e:
    print("error:", e)
try:
    hash(A)
except TypeError as e:
    print("error:", e)
try:
    A.extra = 1
except AttributeError as e:
    print("error:", e)
print(reduce(operator.matmul, [A, B, A.T()]).shape)
H = Matrix([[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)])
print("Hilbert det:", H.det())
print(H.inverse().rows[0])
print(repr(Matrix.zeros(2, 2)))
