# Exponent and '' presentation formats round ties to even on the exact binary value; complex formatting.
for v in [2.25, 2.5, 3.5, 0.125, 0.375, 1.5, 12.5, 1e22, 9.995, 2.675]:
    print(v, format(v, ".1e"), format(v, ".0e"), format(v, ".2g"), format(v, ".1"), format(v, ".2"), "%.1e" % v)
print(format(2.0, ".0"), format(10.0, ".2"), format(1.0, ".3"), format(123.456, ".2"), format(0.0001, ".1"))
print(format(1e3, "010,.1f"), format(1234567, "0=12,"), format(-1234.5, "0=12,.1f"), format(1000, "08,"))
for z in [0j, -0.0 - 1j, 1.5 + 2.25j, complex(1e300, -1e-300), complex(float("nan"), float("inf"))]:
    print(repr(z), format(z, ""), format(z, ".3"), format(z, "+.2e"), format(z, "*^24g"), format(z, ".1%") if False else "")
print(complex(-0.0, -0.0), complex(0.0, -0.0), complex(-0.0), (1 + 2j) ** 3, (1 + 1j) ** -2, (3 + 4j) / (1 - 2j))
for bad in ["%", "d", "010", "=10", "c"]:
    try:
        format(1 + 1j, bad)
    except ValueError as e:
        print("ValueError:", e)
print(format(1, "z") if False else "", end="")
for spec in ["z", ".2", "#c", "+c", ".1s"]:
    try:
        format(65, spec)
    except ValueError as e:
        print("ValueError:", e)
print((1.5).hex(), (0.1).hex(), (-2.0).hex(), (5e-324).hex(), float.fromhex((3.14).hex()) == 3.14)
