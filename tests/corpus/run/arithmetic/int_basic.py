# Basic int arithmetic, including negative operands.
values = [0, 1, -1, 7, -7, 13, -13, 100]
for a in values:
    for b in [1, -1, 3, -3, 7]:
        print(a, b, a + b, a - b, a * b, a // b, a % b, divmod(a, b))
print(2 ** 10, 2 ** 0, (-2) ** 3, (-2) ** 4)
print(2 ** -1, 10 ** -2)
print(-7 // 2, 7 // -2, -7 % 2, 7 % -2)
print(+5, -(-5), ~5, ~-1)
print(abs(-42), abs(0))
print(int("123"), int("-0042"), int("  17  "), int("1_000"))
print(int("ff", 16), int("0x1F", 16), int("0o17", 0), int("0b101", 0), int("z", 36))
print(int(3.99), int(-3.99), int(True), int(False))
print(pow(3, 4), pow(3, 4, 5), pow(-3, 3, 7), pow(3, -1, 7))
print(7 .bit_length(), (-255).bit_length(), (0).bit_length())
print((1234).to_bytes(2, "big"), int.from_bytes(b"\x04\xd2", "big"))
print(int.from_bytes(b"\xff\xff", "little", signed=True))
