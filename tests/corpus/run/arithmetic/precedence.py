# Operator precedence and associativity.
a, b, c = 2, 3, 4
print(-2 ** 2, (-2) ** 2, 2 ** -1, -2 ** -2, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(a + b * c, (a + b) * c, a * b % c, a * (b % c), 10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 2 * 3 // 4)
print(~-a, -~a, not a == b, (not a) == b, not -a, - - a, +-+a)
print(1 + 2 << 1, 1 + (2 << 1), 1 << 2 + 1, 6 & 3 | 8, 6 & (3 | 8), 1 | 2 ^ 3 & 4, 5 ^ 3 == 6, 5 ^ (3 == 6))
print(a < b == b > a, a < b and b < c or c < a, not a < b, a & 1 == 0, (a & 1) == 0)
print(a if a > b else b if b > c else c, (a if a > b else b) if b > c else c)
print(1 or 2 and 0, (1 or 2) and 0, 0 and 1 or 2, not 0 and 1, not (0 and 1))
f = lambda x: x + 1 if x else -1
print(f(0), f(5), (lambda: 1 or 0)())
print(-a * -b, -a ** 2, (-a) ** 2, a ** -b, -(a ** -b))
print(3 - -3, 3 + +3, 3 - - - 3, 2 * -1 ** 2, -1 ** 0.5 if False else "skip")
x = [1, 2, 3]
print(x[1] ** 2, -x[0], x[-1:][0], not x[0], x[0] + x[1] * x[2])
print(2 in [1, 2] == True, (2 in [1, 2]) == True, 2 in ([1, 2] == True) if False else "skip")
print("a" + "b" * 3, ("a" + "b") * 3, "%d" % 3 * 2, "%d" % (3 * 2), "-" * 2 + "x")
print(1 if True else 0 + 100, (1 if False else 0) + 100)
print(10 % 3 ** 2, (10 % 3) ** 2, 2 ** 2 % 3, -7 // 2 * 2, -(7 // 2) * 2)
print(a < b is True, (a < b) is True, a is not b in [a], 1 < 2 < 3 == 3 != 4)
