# pow and ** corner cases.
print(0 ** 0, 0.0 ** 0, 2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3))
print((-8) ** 2, -8 ** 2, (-2) ** -2, 2 ** -3)
print(10 ** 20, 10.0 ** 20, 10 ** -20)
print((-1) ** 0.5)
print(pow(2, 100, 1000), pow(5, 0, 1), pow(-7, 3, 10), pow(7, 3, -10))
print(pow(38, -1, 97), pow(2, -1, 5))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** -1)
x = 3
x **= 4
print(x)
print(1.5 ** 2, (-1.5) ** 3, 1 ** 1e300, (-1) ** 2.0)
