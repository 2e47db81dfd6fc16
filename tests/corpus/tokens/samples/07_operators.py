a += 1; a -= 1; a *= 2; a /= 2; a //= 2; a %= 3; a **= 2; a >>= 1; a <<= 1; a &= 1; a |= 1; a ^= 1; a @= m
b = a == b != c <= d >= e < f > g
c = ~a ** -b // c % d @ e >> f << g & h | i ^ j
d = (x := 5)
e = lambda: ...
f = a[1:2, ::3, ...]
def g() -> None: pass
