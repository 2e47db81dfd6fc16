# round() uses round-half-even on the exact binary value; formatting rounds the same way.
for v in [0.5, 1.5, 2.5, 3.5, 4.5, -0.5, -1.5, -2.5, 0.25, 0.35, 0.45, 2.675, 1.005, 1.115, 8.875]:
    print(v, round(v), round(v, 1), round(v, 2), f"{v:.1f}", f"{v:.2f}", "%.0f" % v)
for n in [5, 15, 25, 35, -5, -15, 125, 135, 1250, 1350]:
    print(n, round(n, -1), round(n, -2), round(n, -3))
print(round(123.456, 10), round(123.456, -10), round(0.0, 3), round(-0.0, 3), round(1e300, 2))
print(round(2 ** 70 + 0.0, -20), round(10 ** 30 + 5, -1), round(7, 5), round(True), round(False, 2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(5, 1)).__name__)
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
print(f"{0.125:.2f} {0.375:.2f} {2.5:.0f} {3.5:.0f} {1e-7:.3e} {123456.5:.0f} {0.5:.0%}")
