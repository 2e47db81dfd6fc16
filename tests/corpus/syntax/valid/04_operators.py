a = 1 + 2 * 3 - 4 / 5 // 6 % 7 @ 8
b = 2 ** -3 ** 4
c = -x + +y - ~z
d = a << 2 >> 3 & 4 | 5 ^ 6
e = not a and b or not c
f = a < b <= c > d >= e == f != g
g = a in b not in c is d is not e
h = (a + b) * (c - d)
i = a if b else c if d else e
j = (yield)
k = await_ = 1
l = -1 ** 2
m = (-1) ** 2
n = a.b.c[d](e)(f)[g:h]
