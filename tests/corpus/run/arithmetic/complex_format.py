# Formatting and parsing of complex numbers.
vals = [0j, 1j, -1j, 1 + 0j, -1 - 1j, 1.5 + 2.25j, 1e20 + 1e-20j, complex(float("inf"), -0.0), complex(-0.0, 0.0)]
for z in vals:
    print(repr(z), str(z), format(z, ""), format(z, ".2f"), format(z, "^20"), format(z, "+.1e"))
print(format(3 + 4j, "g"), format(3 + 4j, "10.3"), f"{1 + 2j!r:>12}", "%s" % (2 - 3j), "%r" % (1j,))
for s in ["1+2j", "(1+2j)", " 3j ", "-1.5e3-2.5e-3j", "inf+nanj", "1", "j", "+j", "-1J"]:
    print(repr(s), complex(s))
for s in ["1+", "2j+1j", "(1+2j", "j1", ""]:
    try:
        complex(s)
    except ValueError as e:
        print(repr(s), "ValueError:", e)
try:
    format(1j, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1j, "=10")
except ValueError as e:
    print("ValueError:", e)
print(complex(1, 2) == complex("1+2j"), (1 + 2j).real, (1 + 2j).imag, abs(-3j), (2j).conjugate())
print(hash(1 + 0j) == hash(1), hash(2j), 1j.__class__.__name__)
