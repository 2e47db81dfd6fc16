"""Large int/str conversion limits (3.11), huge numbers formatting, and sys.set_int_max_str_digits."""
import sys

print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
big = 10 ** 4299
print(len(str(big)))
try:
    str(10 ** 4300)
except ValueError as e:
    print("ValueError:", e)
try:
    int("9" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(len(hex(10 ** 5000)), len(bin(2 ** 20000)))
try:
    f"{10 ** 5000}"
except ValueError as e:
    print("f-string ValueError:", str(e)[:40])
try:
    repr(-(10 ** 5000))
except ValueError as e:
    print("repr ValueError:", str(e)[:40])
sys.set_int_max_str_digits(6000)
print(sys.get_int_max_str_digits(), len(str(10 ** 5000)), int("7" * 5500) % 1000)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)))
sys.set_int_max_str_digits(4300)
print(int("1" * 4300) % 97, int("0x" + "f" * 5000, 16) % 1000, int("  -" + "1" * 100 + "  ") % 7)
n = 3 ** 5000
print(n % (10 ** 9 + 7), n.bit_length(), (n >> 7900) & 0xFF, n.to_bytes((n.bit_length() + 7) // 8, "big")[:4])
print(format(2 ** 200, "e"), format(2 ** 200, ".3g"), float(2 ** 200) == 2.0 ** 200, 2 ** 200 / 2 ** 199)
try:
    print(str(10 ** 4300).count("0"))
except ValueError as e:
    print("ValueError again:", str(e)[:20])
