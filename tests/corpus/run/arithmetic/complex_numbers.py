# Complex arithmetic and repr.
a = 3 + 4j
b = 1 - 2j
print(a, b, repr(a), a.real, a.imag, abs(a))
print(a + b, a - b, a * b, a / b)
print(a.conjugate(), -a, +a)
print(a == 3 + 4j, a != b, 1j * 1j, 1j ** 2)
print(complex(1, 2), complex("1+2j"), complex(" 3 "), complex(2.5), complex("-j"))
print(complex(0, 0), complex(-0.0, -0.0), 0j, -0j, 1j, -1j)
print(2j, 1 + 0j, 0.5 + 1.5j, 1e20j, complex(1e300, -1e-300))
print(a ** 2, (1 + 1j) ** 3, pow(2j, 2))
print(complex(float("inf"), float("nan")))
print(type(a).__name__, (1 + 2j) == complex(1, 2), 1 + 0j == 1)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
try:
    a // b
except TypeError as e:
    print("TypeError:", e)
try:
    (1 + 1j) / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(format(1 + 2j), str(3j), "%s" % (1 - 1j))
print(sum([1j, 2, 3.5]), 2 * (1 + 1j), (1 + 1j) * 2.5)
