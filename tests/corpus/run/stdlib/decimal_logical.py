from decimal import *
import random
r = random.Random(3)
for prec in (5, 9, 28):
    c = Context(prec=prec, traps=[])
    for _ in range(60):
        a = Decimal(''.join(r.choice('01') for _ in range(r.randint(1, prec + 2))))
        b = Decimal(''.join(r.choice('01') for _ in range(r.randint(1, prec + 2))))
        x = Decimal(r.choice(['123456789', '-987', '12.5', '0', 'Inf', 'NaN', '1E+3', '9' * (prec + 1)]))
        n = r.randint(-prec - 1, prec + 1)
        out = []
        for f in (lambda: c.logical_and(a, b), lambda: c.logical_or(a, b), lambda: c.logical_xor(a, b),
                  lambda: c.logical_invert(a), lambda: c.rotate(x, n), lambda: c.shift(x, n),
                  lambda: c.logical_and(a, x)):
            try: out.append(str(f()))
            except Exception as e: out.append(type(e).__name__)
        print(prec, a, b, x, n, out, sorted(k.__name__ for k, v in c.flags.items() if v))
        c.clear_flags()
