# Spigot algorithm for digits of pi and e using big integers.
def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out
digits = pi_digits(120)
print("".join(map(str, digits[:1])) + "." + "".join(map(str, digits[1:])))
def e_digits(n):
    scale = 10 ** (n + 10)
    total, term, k = 0, scale, 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total)[: n + 1]
e = e_digits(80)
print(e[0] + "." + e[1:])
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
s = str(isqrt(2 * 10 ** 160))
print(s[0] + "." + s[1:81])
counts = [0] * 10
for d in digits:
    counts[d] += 1
print(counts, sum(counts))
print(2 ** 521 - 1 > 10 ** 156, len(str(2 ** 521 - 1)), (2 ** 521 - 1) % 1000000)
