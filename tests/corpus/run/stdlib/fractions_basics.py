from fractions import Fraction
import numbers
import math

a, b = Fraction(1, 3), Fraction(3, 4)
print(a, b, repr(a), a + b, a - b, a * b, a / b, a // b, a % b, divmod(b, a), -a, +a, abs(-b))
print(Fraction(6, -8), Fraction(0, 5), Fraction(7), Fraction(), Fraction(Fraction(2, 3), Fraction(5, 7)))
print(Fraction('3/4'), Fraction(' -2/6 '), Fraction('1.25'), Fraction('-.5'), Fraction('1e-3'), Fraction('2.5E2'), Fraction('7'))
print(Fraction(0.1), Fraction(1.5), Fraction.from_float(0.25), Fraction(0.1).limit_denominator(10), Fraction(math.pi).limit_denominator(1000))
print(a + 1, 1 + a, a * 2, 2 / a, a + 0.5, 0.5 + a, a ** 2, a ** -2, (-a) ** -3, 2 ** Fraction(1, 2), Fraction(4) ** Fraction(1, 2), 4 ** Fraction(2))
print(a == Fraction(2, 6), a == 1 / 3, Fraction(1, 2) == 0.5, a < b, a > 0.3, b <= 1, Fraction(3) == 3, a != b, sorted([b, a, Fraction(1, 2)]))
print(float(a), int(Fraction(-7, 2)), math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(2, 3), 2))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(3)) == hash(3), hash(Fraction(1, 3)), {Fraction(2, 4): 'half'}[0.5])
print(a.numerator, a.denominator, b.as_integer_ratio(), bool(Fraction(0)), bool(a))
print(isinstance(a, numbers.Rational), isinstance(a, numbers.Real), isinstance(3, numbers.Integral), isinstance(2.0, numbers.Rational), isinstance(1j, numbers.Complex))
print(sum([Fraction(1, n) for n in range(1, 6)]), math.fsum([0.1] * 10) if False else '', str(Fraction(10, 4)), f'{Fraction(1, 8)!s:>8}|')
for bad in [lambda: Fraction(1, 0), lambda: Fraction('abc'), lambda: Fraction('1/0'), lambda: Fraction(1.5, 2),
            lambda: Fraction([]), lambda: a / 0, lambda: Fraction(float('nan')), lambda: Fraction(float('inf')),
            lambda: Fraction(0) ** -1]:
    try:
        bad()
    except (ValueError, TypeError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
