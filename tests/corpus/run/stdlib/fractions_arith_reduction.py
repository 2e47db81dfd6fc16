# Fraction arithmetic reduces through gcds of the operands (as CPython's); results and errors match.
from fractions import Fraction as F

cases = [(F(1, 6), F(1, 3)), (F(-2, 3), F(3, -4)), (F(5, 12), F(7, 18)), (F(0), F(5, 7)), (F(7), F(1, 7)),
         (F(-9, 10), F(-9, 10)), (F(10 ** 20 + 1, 3 * 10 ** 18), F(3, 10 ** 18))]
for a, b in cases:
    print(a, b, a + b, a - b, a * b, a / b if b else None, b - a, b / a if a else None)
print(1 - F(1, 3), F(1, 2) / 2, 2 / F(1, 3), F(0) / F(5), 3 * F(1, 6), F(5, 6) - 1, 1.5 + F(1, 2))
s = F(0)
for i in range(1, 60):
    s += F(1, i)
    s -= F(1, i + 1) * F(1, 2)
print(s)
print(sum(F(1, i * (i + 1)) for i in range(1, 200)))
for a in (F(-3, 4), F(0), F(5), F(6, 7)):
    for b in (F(0), 0):
        try:
            a / b
        except ZeroDivisionError as e:
            print(a, 'ZeroDivisionError', e)
try:
    5 / F(0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
