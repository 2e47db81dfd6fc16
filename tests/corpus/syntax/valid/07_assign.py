a = 1
a = b = c = 2
a, b = 1, 2
(a, b) = [c, d] = e
[a, *b] = c
a.b = 1
a[0] = 1
a[1:2] = 3
*a, b = c
a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1
a >>= 1; a <<= 1; a &= 1; a |= 1; a ^= 1; a @= 1
x: int
x: int = 1
(y): int = 2
a.b: str
a[0]: float = 1.0
z: list[int] = []
a = yield
a = b, *c
(a) = 1
((a, b)) = 1, 2
for x, in y: pass
