# Arbitrary precision integers.
a = 2 ** 100
b = 3 ** 70
print(a)
print(b)
print(a + b, a - b, b - a)
print(a * b)
print(a // 7, a % 7, -a // 7, -a % 7)
print(b // a, b % a)
print(divmod(-b, a))
print(a ** 3)
print(pow(a, 5, 10 ** 9 + 7))
print(-a, abs(-a))
print(a == 1267650600228229401496703205376, a > b, a < b)
print(a >> 50, a << 20, -a >> 3)
print(a & b, a | b, a ^ b, ~a)
x = 1
for i in range(1, 31):
    x *= i
print("30! =", x)
print(str(x)[:10], len(str(x)))
print(hex(a), oct(b), bin(2 ** 70 + 5))
print(int("9" * 50) + 1)
print(10 ** 30 // 10 ** 28, 10 ** 30 / 10 ** 28)
print((2 ** 64).bit_length(), (-(2 ** 64)).bit_length())
fib = [0, 1]
while len(fib) < 120:
    fib.append(fib[-1] + fib[-2])
print(fib[-1], fib[-1] % 1000007)
print(int(1e20), int(-1.5e19))
print(float(2 ** 80), float(-(3 ** 40)))
print(2 ** 100 == 2.0 ** 100, 2 ** 53 + 1 == float(2 ** 53 + 1))
