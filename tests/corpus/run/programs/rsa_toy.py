# Toy RSA with big integers: modular inverse, fast exponentiation, Miller-Rabin with fixed bases.
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError("not invertible")
    return x % m
def is_probable_prime(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
def next_prime(n):
    n |= 1
    while not is_probable_prime(n):
        n += 2
    return n
p = next_prime(2 ** 127 + 12345)
q = next_prime(3 ** 80 + 1)
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = modinv(e, phi)
print("p =", p)
print("q =", q)
print("n bits =", n.bit_length(), "d mod 10**12 =", d % 10 ** 12)
message = int.from_bytes("attack at dawn".encode(), "big")
cipher = pow(message, e, n)
plain = pow(cipher, d, n)
print(cipher % 10 ** 20, plain == message, plain.to_bytes((plain.bit_length() + 7) // 8, "big").decode())
print(pow(e, -1, phi) == d, egcd(240, 46), modinv(3, 11))
try:
    modinv(6, 9)
except ValueError as err:
    print("ValueError:", err)
print([k for k in range(90, 130) if is_probable_prime(k)], is_probable_prime(2 ** 61 - 1), is_probable_prime(2 ** 61 + 1))
