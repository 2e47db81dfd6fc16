# True division and float results.
pairs = [(1, 2), (7, 2), (-7, 2), (1, 3), (2, 3), (10, 4), (0, 5), (-1, 7), (22, 7)]
for a, b in pairs:
    print(a, "/", b, "=", a / b, repr(a / b))
print(10 / 5, type(10 / 5).__name__)
print(2 ** 100 / 2 ** 98)
print(1 / 3 + 1 / 3 + 1 / 3)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3)
print(1e308 * 10, -1e308 * 10)
for a, b in [(1, 0), (1.0, 0), (0, 0.0), (5, 0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
for a, b in [(1, 0), (1.5, 0.0)]:
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
try:
    divmod(3, 0)
except ZeroDivisionError as e:
    print("divmod:", e)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2))
