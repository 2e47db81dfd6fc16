# str/repr/format of ints in many bases.
for n in [0, 1, -1, 255, -255, 4096, 10 ** 12, -(2 ** 40)]:
    print(n, repr(n), hex(n), oct(n), bin(n))
    print(format(n, "x"), format(n, "X"), format(n, "o"), format(n, "b"), format(n, "#x"), format(n, "#o"), format(n, "#b"))
    print(format(n, ","), format(n, "_"), format(n, "+"), format(n, " "), format(n, "10"), format(n, "<10") + "|", format(n, "^10"), format(n, "010"))
print(format(1234567, "_x"), format(255, "08b"), format(-42, "=+8"))
print("%d %i %x %X %o %5d %-5d| %05d %+d" % (42, -3, 255, 255, 8, 7, 7, 7, 7))
print(format(65, "c"), format(1234, "e"), format(1234, ".2f"), format(12, "%"))
print(str(True), repr(False), True + True, True * 10, -True)
print(int.__name__, type(10 ** 30).__name__)
print(1_000_000, 0x_ff, 0o_17, 0b_1010)
