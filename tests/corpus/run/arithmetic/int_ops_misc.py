# int methods and protocols.
n = 1234567
print(n.bit_length(), n.bit_count() if hasattr(n, "bit_count") else "n/a", n.real, n.imag, n.numerator, n.denominator)
print((-5).conjugate(), int.from_bytes(b"\x01\x00", "little"), (258).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print(int(True), int(" 7 "), int("0b111", 0), int("0o777", 0), int("0xABC", 0), int("-0x10", 16), int("z", 36), int("Z", 36))
print((2 ** 31).__index__(), (7).__floordiv__(2), (7).__rfloordiv__(2), (7).__mod__(-2), (3).__pow__(2), (3).__rpow__(2))
print((5).__add__(1.5), (5).__eq__(5.0), (5).__lt__("x"), (5).__truediv__(2))
print(abs(-(2 ** 100)), -(2 ** 100) // 3, -(2 ** 100) % 3, (2 ** 100).bit_length())
print(int.__new__(int, 5), type(int("5")).__name__, isinstance(True, int), True.__class__.__name__)
big = 12345678901234567890123456789
print(big * big, big // 97, big % 97, str(big)[::-1], len(str(big * big)))
print(int("1" * 30) * 9 + 9, -big, +big, ~big)
print(hash(big) == hash(big % (2 ** 61 - 1)), hash(-big) == -hash(big))
print(sorted([10, -3, 2 ** 64, -(2 ** 64), 0]), max(2 ** 100, 2.0 ** 100), 2 ** 100 == 2.0 ** 100)
print(divmod(big, -7), divmod(-big, 7), pow(big, 3, 1000), pow(3, 200) % 1000, pow(-2, 63))
print(round(big, -20), round(123, 1), round(-5, -1), round(15, -1), round(25, -1))
print(f"{big:,}", f"{big:e}", f"{-big:_d}", f"{255:#b}", f"{2**70:x}")
print(1 if 0 else 2, 0 == -0, 7 // 1, 0 // 5, -0 // 5, 0 % -5)
