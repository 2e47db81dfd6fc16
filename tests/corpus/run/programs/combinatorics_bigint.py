# Combinatorics with big integers: factorials, binomials, Catalan and Bell numbers, digit sums.
def factorial(n):
    r = 1
    for k in range(2, n + 1):
        r *= k
    return r
def binom(n, k):
    if k < 0 or k > n:
        return 0
    k = min(k, n - k)
    r = 1
    for i in range(k):
        r = r * (n - i) // (i + 1)
    return r
f100 = factorial(100)
print(len(str(f100)), sum(map(int, str(f100))), str(f100)[:20], len(str(f100)) - len(str(f100).rstrip("0")))
print([binom(10, k) for k in range(11)])
print(binom(100, 50), binom(1000, 3), binom(5, 7))
print([binom(2 * n, n) // (n + 1) for n in range(15)])
def bell(n):
    row = [1]
    for _ in range(n):
        new = [row[-1]]
        for v in row:
            new.append(new[-1] + v)
        row = new
    return row[0]
print([bell(n) for n in range(12)], bell(50))
def pascal(rows):
    row = [1]
    for _ in range(rows):
        yield row
        row = [a + b for a, b in zip([0] + row, row + [0])]
for r in pascal(7):
    print(" ".join(f"{v:>3}" for v in r).center(40).rstrip())
print(sum(binom(30, k) for k in range(31)) == 2 ** 30, factorial(25) // factorial(23), 2 ** 200 // factorial(30))
