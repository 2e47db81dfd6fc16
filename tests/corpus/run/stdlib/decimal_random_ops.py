# 400 random context operations (all rounding modes, small Emax, clamp) with their results
# and flags: Sharpy's decimal must agree with CPython's libmpdec digit for digit.
import sys, random
import decimal as D
Decimal = D.Decimal
rnd = random.Random(20261202)
def rdec():
    k = rnd.random()
    if k < 0.03: return rnd.choice(['NaN', '-Inf', 'Infinity', 'sNaN', '-0', '0E+5', '0.000'])
    digits = ''.join(rnd.choice('0123456789') for _ in range(rnd.randint(1, 40 if k < 0.2 else 8)))
    exp = rnd.randint(-12, 12) if k < 0.9 else rnd.randint(-60, 60)
    return ('-' if rnd.random() < 0.3 else '') + digits + 'E' + str(exp)
ROUNDS = [D.ROUND_HALF_EVEN, D.ROUND_HALF_UP, D.ROUND_DOWN, D.ROUND_UP, D.ROUND_CEILING, D.ROUND_FLOOR, D.ROUND_HALF_DOWN, D.ROUND_05UP]
ops = ['add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder', 'remainder_near', 'quantize', 'compare', 'max', 'min', 'sqrt', 'plus', 'minus', 'normalize', 'to_integral_exact', 'exp', 'ln', 'log10', 'power', 'divmod', 'fma', 'compare_total', 'next_plus', 'next_minus', 'logb', 'to_eng_string', 'to_sci_string', 'number_class']
unary = {'sqrt', 'plus', 'minus', 'normalize', 'to_integral_exact', 'exp', 'ln', 'log10', 'next_plus', 'next_minus', 'logb', 'to_eng_string', 'to_sci_string', 'number_class'}
N = 400
for i in range(N):
    op = rnd.choice(ops)
    prec = rnd.choice([1, 3, 5, 9, 16, 28, 40])
    r = rnd.choice(ROUNDS)
    emax = rnd.choice([999999, 99, 20])
    ctx = D.Context(prec=prec, rounding=r, Emax=emax, Emin=-emax, traps=[], clamp=rnd.choice([0, 0, 1]))
    a, b, c = rdec(), rdec(), rdec()
    if op == 'power':
        if rnd.random() < 0.6: b = str(rnd.randint(-20, 20))
        elif rnd.random() < 0.5: b = rnd.choice(['0.5', '1.5', '-0.5', '2.25', '0.1'])
        if rnd.random() < 0.5: a = str(rnd.randint(-30, 30)) + 'E' + str(rnd.randint(-3, 3))
    if op in ('exp',) and rnd.random() < 0.7: a = rnd.choice(['1', '-1', '0.5', '10', '-10', '123.456', '1E-10', '2.302585', '-0.0001']) 
    if op == 'quantize': b = '1E' + str(rnd.randint(-10, 5))
    try:
        f = getattr(ctx, op)
        if op in unary: res = f(Decimal(a))
        elif op == 'fma': res = f(Decimal(a), Decimal(b), Decimal(c))
        else: res = f(Decimal(a), Decimal(b))
        out = repr(res)
    except Exception as e:
        out = type(e).__name__
    flags = sorted(k.__name__ for k, v in ctx.flags.items() if v)
    print(i, op, prec, r, emax, ctx.clamp, a, b, c, '->', out, flags)
