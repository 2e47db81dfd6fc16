from fractions import Fraction as F

class Matrix:
    def __init__(self, rows):
        self.rows = [[F(x) for x in row] for row in rows]
        self.n = len(rows)

    def __repr__(self):
        return f"Matrix({[[str(x) for x in r] for r in self.rows]})"

    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{str(x):>{w}}" for x in r) + "]" for r in self.rows)

    def __matmul__(self, other):
        return Matrix([[sum((a * b for a, b in zip(r, c)), F(0)) for c in zip(*other.rows)] for r in self.rows])

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def det(self):
        m = [r[:] for r in self.rows]
        d = F(1)
        for i in range(self.n):
            p = next((k for k in range(i, self.n) if m[k][i] != 0), None)
            if p is None:
                return F(0)
            if p != i:
                m[i], m[p] = m[p], m[i]
                d = -d
            d *= m[i][i]
            for k in range(i + 1, self.n):
                f = m[k][i] / m[i][i]
                for j in range(i, self.n):
                    m[k][j] -= f * m[i][j]
        return d

    def inverse(self):
        n = self.n
        aug = [r[:] + [F(int(i == j)) for j in range(n)] for i, r in enumerate(self.rows)]
        for i in range(n):
            p = next((k for k in range(i, n) if aug[k][i] != 0), None)
            if p is None:
                raise ZeroDivisionError("matrix is singular")
            aug[i], aug[p] = aug[p], aug[i]
            piv = aug[i][i]
            aug[i] = [x / piv for x in aug[i]]
            for k in range(n):
                if k != i and aug[k][i]:
                    f = aug[k][i]
                    aug[k] = [a - f * b for a, b in zip(aug[k], aug[i])]
        return Matrix([r[n:] for r in aug])

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

A = Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
print(A)
print("det", A.det())
inv = A.inverse()
print(inv)
print(repr(inv))
print(A @ inv == Matrix.identity(3))
H = Matrix([[F(1, i + j + 1) for j in range(4)] for i in range(4)])
print(H)
print("det H", H.det(), float(H.det()))
print(H.inverse())
S = Matrix([[1, 2], [2, 4]])
try:
    S.inverse()
except ZeroDivisionError as e:
    print("singular:", e)

print(F(3, 4) + F(1, 6), F("3.1415"), F(0.1), F(0.1).limit_denominator(100))
print(F("-7/21"), F(5).as_integer_ratio(), F(7, 3) // 1, F(7, 3) % 1, divmod(F(7, 3), F(1, 2)))
print(round(F(7, 2)), round(F(5, 2)), round(F(22, 7), 3), F(1, 3) ** 2, F(4, 9) ** F(1, 2))
print(F(1, 3) < 0.34, F(1, 2) == 0.5, hash(F(1, 2)) == hash(0.5), F(2, 1) == 2)
print(f"{F(1, 3):.5f}" if hasattr(F, "__format__") and F.__format__ is not object.__format__ else "noformat")
print(repr(F(-3, 6)), str(F(10, 5)), F(3, 6).numerator, F(3, 6).denominator)
print(F(1.5), F("1e-3"), F(" 2/3 "), F(1, 3).is_integer() if hasattr(F, "is_integer") else "n/a")
for bad in ["1/0", "abc", "1.2/3"]:
    try:
        F(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    F(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    F(1.5, 2)
except TypeError as e:
    print("TypeError", e)
print(sum([F(1, n) for n in range(1, 11)]))
print(sorted([F(1, 3), 0.3, F(2, 7), 1]))
import math
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), int(F(-7, 2)), float(F(1, 7)))
