import decimal
from decimal import (Decimal, getcontext, localcontext, Context, ROUND_HALF_UP, ROUND_DOWN,
                     ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, InvalidOperation, DivisionByZero,
                     Inexact, Rounded, Overflow, FloatOperation)
from fractions import Fraction
import math

# money arithmetic
prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.10"), Decimal("100")]
subtotal = sum(prices)
print("subtotal", subtotal, repr(subtotal))
tax = (subtotal * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print("tax", tax, "total", subtotal + tax)
print(Decimal("1.10") + Decimal("2.20"), Decimal("1.1") * 3, Decimal("3.30") - Decimal("1.1"))
print(0.1 + 0.2 == 0.3, Decimal("0.1") + Decimal("0.2") == Decimal("0.3"))
split = Decimal("100.00") / 3
print(split, split.quantize(Decimal("0.01")), Decimal("100") / 8)
for mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR):
    print(mode, [str(Decimal(x).quantize(Decimal("1"), rounding=mode)) for x in ("2.5", "3.5", "-2.5", "2.45")])

# construction and repr
for s in ["0", "-0", "1.500", "1e3", "1E+3", "12345678901234567890.123456789", ".5", "5.", "-1.23e-10",
          "  42  ", "1_000_000.5", "Infinity", "-inf", "NaN", "sNaN", "NaN123", "0.000001", "0.0000001",
          "123E-20", "1.2e+25"]:
    d = Decimal(s)
    print(repr(s), repr(d), str(d), d.to_eng_string())
print(repr(Decimal(3.14)), repr(Decimal(0.1)), repr(Decimal(-0.0)), repr(Decimal(10**30)))
print(repr(Decimal((1, (3, 1, 4), -2))), repr(Decimal((0, (), 'F'))), Decimal(Decimal("7.70")))
print(Decimal.from_float(0.5), Decimal.from_float(float("inf")), Decimal(5).as_tuple())
print(Decimal("-12.340").as_tuple(), Decimal("12.5").as_integer_ratio(), Decimal("-0.75").as_integer_ratio())

for bad in ["abc", "1.2.3", "", "1e", "--1", "_", "1 0"]:
    try:
        Decimal(bad)
    except InvalidOperation as e:
        print("invalid", repr(bad), e.args[0][0].__name__)
for bad in [1j, [1, 2], None]:
    try:
        Decimal(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# arithmetic semantics
a, b = Decimal("-7"), Decimal("2")
print(a // b, a % b, divmod(a, b), -7 // 2, -7 % 2)
print(Decimal(7) // Decimal("0.3"), Decimal("7.5") % 2, Decimal(2) ** 10, Decimal("1.1") ** 2)
print(Decimal(2) ** -2, Decimal(10) ** Decimal("0.5"), Decimal(4) ** Decimal("0.5"), pow(Decimal(3), 4, 5))
print(Decimal(2).sqrt(), Decimal(16).sqrt(), Decimal("0.25").sqrt(), Decimal("1E+2").sqrt())
print(Decimal(1).exp(), Decimal(10).ln(), Decimal(1000).log10(), Decimal(2).log10())
print(-Decimal("0.0"), +Decimal("1.23456789012345678901234567890"), abs(Decimal("-5.50")))
print(Decimal(5) + 3, 3 - Decimal(5), 2 * Decimal("1.5"), 7 / Decimal(4), 2 ** Decimal(3))
print(Decimal("1.30").normalize(), Decimal("1200").normalize(), Decimal("-0.00").normalize())
print(Decimal("3.7").to_integral_value(), Decimal("-3.7").to_integral_value(ROUND_DOWN), Decimal("2.5").to_integral_exact())
print(Decimal("1.234").adjusted(), Decimal("0.00123").adjusted(), Decimal("123.45").copy_negate(), Decimal(-3).copy_abs())
print(Decimal(1).max(Decimal(2)), Decimal(1).min(2), Decimal("1.0").compare(Decimal(1)), Decimal(3).compare(2))
print(Decimal("1.00").same_quantum(Decimal("2.00")), Decimal(3).fma(2, 1), Decimal("12.5").remainder_near(5))
print([Decimal(x).number_class() for x in ("1", "-0", "Infinity", "NaN", "1E-999999", "-5")])
print(Decimal("NaN").is_nan(), Decimal("-inf").is_infinite(), Decimal(0).is_zero(), Decimal("-1").is_signed())

# conversions
for s in ["3.7", "-3.7", "2.5", "3.5", "-0.5", "1e3"]:
    d = Decimal(s)
    print(s, int(d), float(d), round(d), round(d, 1), math.floor(d), math.ceil(d), math.trunc(d), bool(d))
print(round(Decimal("123.456"), -1), round(Decimal("0.125"), 2), complex(Decimal("1.5")))
for bad in [Decimal("NaN"), Decimal("Infinity")]:
    try:
        int(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

# comparisons and hashing across types
print(Decimal("1.0") == 1, Decimal("0.5") == 0.5, Decimal("0.1") == 0.1, Decimal("0.5") == Fraction(1, 2))
print(Decimal(1) < 2, Decimal("2.5") > 2, Decimal("1.5") < Fraction(3, 2), Decimal("-1") <= -1.0)
print(hash(Decimal(5)) == hash(5), hash(Decimal("0.5")) == hash(0.5), hash(Decimal("1.25")) == hash(Fraction(5, 4)))
print(hash(Decimal("1.10")) == hash(Decimal("1.1")), len({Decimal("1"), Decimal("1.0"), 1, 1.0}))
print(sorted([Decimal("3.1"), Decimal("-2"), Decimal("0.5"), Decimal("10")]), max(Decimal(1), Decimal("1.5")))
print(Decimal("NaN") == Decimal("NaN"), Decimal("NaN") != 1)
try:
    Decimal("NaN") < 1
except InvalidOperation as e:
    print("NaN ordering:", e)
try:
    Decimal(1) + 1.5
except TypeError as e:
    print(e)
try:
    1.5 * Decimal(2)
except TypeError as e:
    print(e)
try:
    Decimal(1) + "1"
except TypeError as e:
    print(e)

# signals and contexts
ctx = getcontext()
print(ctx)
print(ctx.prec, ctx.rounding, ctx.Emax, ctx.Emin, ctx.capitals, ctx.clamp)
ctx.clear_flags()
for expr in ("Decimal(1) / 0", "Decimal(0) / 0", "Decimal('abc')", "Decimal(-4).sqrt()",
             "Decimal('1e999999') * 100", "Decimal(10) // Decimal('1e-30')", "Decimal(5) % 0",
             "divmod(Decimal(7), 0)", "Decimal(0).ln()"):
    try:
        print(expr, "=", repr(eval(expr)))
    except decimal.DecimalException as e:
        print(expr, "raised", type(e).__name__, e)
print(ctx.flags[DivisionByZero], ctx.flags[InvalidOperation], ctx.flags[Inexact])
print(ctx)
ctx.clear_flags()

with localcontext() as lc:
    lc.prec = 5
    print(Decimal(1) / 7, Decimal("123456789") + 0, lc.flags[Rounded])
    lc.rounding = ROUND_DOWN
    print(Decimal(2) / 3)
print(Decimal(1) / 7)
with localcontext(prec=50) as lc:
    print(Decimal(2).sqrt())
with localcontext(Context(prec=3, rounding=ROUND_HALF_UP)):
    print(Decimal("1.2345") * 1, Decimal(1) / 3)
try:
    localcontext(bogus=1)
except TypeError as e:
    print(e)

strict = Context(prec=6, traps=[Inexact, FloatOperation])
try:
    strict.divide(Decimal(1), Decimal(3))
except Inexact as e:
    print("strict:", e)
print(strict.divide(Decimal(1), Decimal(4)), strict.add(1, 2), strict.create_decimal("1.23456789"[:7]))
try:
    strict.create_decimal(1.5)
except FloatOperation as e:
    print("FloatOperation:", e)
nt = Context(traps=[])
print(nt.divide(Decimal(1), 0), nt.sqrt(Decimal(-1)), nt.flags[DivisionByZero], nt.flags[InvalidOperation])
print(Context(prec=9, Emax=99, Emin=-99, traps=[]).power(Decimal(10), 200), decimal.ExtendedContext.prec)
big = Context(prec=5, Emax=10, traps=[])
print(big.multiply(Decimal("99999"), Decimal("1e10")), big.flags[Overflow])
c2 = Context(prec=4, rounding=ROUND_CEILING, capitals=0)
print(c2, c2.create_decimal("1234567e10"), c2.to_sci_string(Decimal("1E+20")))
try:
    Context(prec=0)
except ValueError as e:
    print(e)
try:
    getcontext().rounding = "bogus"
except TypeError as e:
    print("rounding error", str(e).splitlines()[0])
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(FloatOperation, TypeError),
      issubclass(decimal.Overflow, Inexact), decimal.InvalidOperation.__mro__[1].__name__)

# formatting
vals = [Decimal("1234567.891"), Decimal("-0.00045"), Decimal("42"), Decimal("1.5E+7"), Decimal("0"),
        Decimal("-Infinity"), Decimal("NaN")]
for spec in ["", ".2f", ",.2f", "12.3e", "<12", "^14,", "+.1%", "010.1f", ".3g", "E", "*>10.1f", "z.1f"]:
    print(repr(spec), [format(v, spec) for v in vals])
print(f"{Decimal('3.14159'):.2f} {Decimal('2.5'):.0f} {Decimal('3.5'):.0f} {Decimal('-0.001'):z.1f}")
print("%s %r %.2f" % (Decimal("1.50"), Decimal("1.50"), Decimal("2.675")))
try:
    format(Decimal(1), "x")
except ValueError as e:
    print(e)
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY)
print(Decimal.__module__, type(Decimal(1)).__name__, isinstance(Decimal(1), __import__("numbers").Number))
