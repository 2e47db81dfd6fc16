# range objects beyond 64 bits.
r = range(-2 ** 63, 2 ** 63)
print(r, r[0], r[-1], r.start, r.stop, r.step, 2 ** 62 in r, r.index(5), r[::2 ** 62], bool(r))
print(range(2 ** 64) == range(0, 2 ** 64, 1), hash(range(2 ** 70)) == hash(range(0, 2 ** 70)), range(2 ** 64, 2 ** 64) == range(0))
print(list(range(2 ** 64, 2 ** 64 + 3)), list(reversed(range(2 ** 64, 2 ** 64 + 3))), list(range(10 ** 20, 10 ** 20 - 7, -3)))
big = range(0, 10 ** 30, 7)
print(big[10 ** 20], 7 * 10 ** 20 in big, 7 * 10 ** 20 + 1 in big, big[-1], big[5:10], big[::-10 ** 28][:2])
for f in [len, lambda x: x[10 ** 40]]:
    try:
        f(big)
    except (OverflowError, IndexError) as e:
        print(type(e).__name__, e)
import sys
print(sys.get_int_max_str_digits())
for text in ["1" * 4300, "1" * 4301, "0x" + "f" * 5000]:
    try:
        print(len(str(int(text, 0))))
    except ValueError as e:
        print("ValueError:", e)
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4800)))
try:
    sys.set_int_max_str_digits(10)
except ValueError as e:
    print("ValueError:", e)
