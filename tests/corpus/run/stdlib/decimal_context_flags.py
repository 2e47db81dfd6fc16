# The context repr lists flags in libmpdec's order, where InvalidOperation's place depends on
# the condition that raised it; == and != with a float only record FloatOperation.
from decimal import *

c = getcontext()

def show(label):
    print(label, [k.__name__ for k, v in c.flags.items() if v], repr(c).split('flags=')[1])
    c.clear_flags()

try:
    Decimal(1).quantize(Decimal("1e-30"))
except InvalidOperation as e:
    print(repr(e))
Decimal(1) / 3
show("quantize")
try:
    Decimal("abc")
except InvalidOperation as e:
    print(repr(e))
Decimal(1) / 3
show("syntax")
try:
    Decimal(5) // 0
except DivisionByZero as e:
    print(repr(e))
try:
    Decimal(0) // 0
except InvalidOperation as e:
    print(repr(e))
show("0//0")
print(Decimal("1.5") == 1.5, Decimal("1.5") != 1.5)
show("eq float")
c.traps[FloatOperation] = True
print(Decimal("1.5") == 1.5)
for op in [lambda: Decimal("1.5") < 1.5, lambda: Decimal(1.5)]:
    try:
        op()
    except FloatOperation as e:
        print(repr(e))
show("trapped")
c.traps[FloatOperation] = False
c.flags[InvalidOperation] = True
c.flags[Inexact] = True
show("manual")
print(Context(flags=[Inexact, InvalidOperation, Clamped], traps=[Underflow, DivisionByZero]))
try:
    Decimal(-1).sqrt()
except InvalidOperation as e:
    print(repr(e))
show("sqrt")
with localcontext() as ctx:
    ctx.traps[InvalidOperation] = False
    print(Decimal("x"), Decimal(0) / 0, Decimal(1).quantize(Decimal("1e-30")))
    print(ctx)
