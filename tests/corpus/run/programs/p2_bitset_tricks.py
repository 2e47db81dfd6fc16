"""Bit manipulation: bitsets, gray codes, popcount tables, subset enumeration, xor tricks, int.bit_count."""
from functools import reduce
from operator import xor


def gray(n):
    return n ^ (n >> 1)


def ungray(g):
    n = 0
    while g:
        n ^= g
        g >>= 1
    return n


print([f"{gray(i):04b}" for i in range(16)])
print(all(ungray(gray(i)) == i for i in range(1024)), all(bin(gray(i) ^ gray(i + 1)).count("1") == 1 for i in range(1023)))
table = [bin(i).count("1") for i in range(256)]
print(sum(table), max(range(256), key=lambda i: (table[i], i)), [i.bit_count() for i in (0, 1, 255, 2 ** 100 - 1, -7)])


class BitSet:
    def __init__(self, items=()):
        self.bits = 0
        for i in items:
            self.add(i)

    def add(self, i):
        self.bits |= 1 << i

    def discard(self, i):
        self.bits &= ~(1 << i)

    def __contains__(self, i):
        return self.bits >> i & 1 == 1

    def __iter__(self):
        b, i = self.bits, 0
        while b:
            if b & 1:
                yield i
            b >>= 1
            i += 1

    def __len__(self):
        return self.bits.bit_count()

    def __or__(self, o):
        r = BitSet(); r.bits = self.bits | o.bits; return r

    def __and__(self, o):
        r = BitSet(); r.bits = self.bits & o.bits; return r

    def __xor__(self, o):
        r = BitSet(); r.bits = self.bits ^ o.bits; return r

    def __repr__(self):
        return f"BitSet({list(self)})"


a, b = BitSet([1, 3, 5, 64, 100]), BitSet([3, 4, 5, 200])
print(a | b, a & b, a ^ b, len(a | b), 64 in a, 65 in a, hex(a.bits))
a.discard(64)
print(a, a.bits.bit_length())

items = ["a", "b", "c", "d"]
subsets = [[items[i] for i in range(4) if m >> i & 1] for m in range(16)]
print(subsets)
mask = 0b1011
sub, subs = mask, []
while True:
    subs.append(f"{sub:04b}")
    if sub == 0:
        break
    sub = (sub - 1) & mask
print(subs)
nums = [4, 1, 2, 1, 2, 7, 7]
print("single:", reduce(xor, nums), "missing:", reduce(xor, range(10)) ^ reduce(xor, [0, 1, 2, 3, 5, 6, 7, 8, 9]))
x, y = 12, 25
x ^= y; y ^= x; x ^= y
print("swapped:", x, y, "lowest bit:", 40 & -40, "clear lowest:", 40 & 39, "power of 2:", [n for n in range(1, 70) if n & (n - 1) == 0])
print(~5, -5 >> 1, -1 << 3, (1 << 70) >> 68, 0xF0 | 0x0F, 0b1100 & 0b1010, 7 ^ 2, 1 << 0)


def reverse_bits(n, width=32):
    return int(f"{n:0{width}b}"[::-1], 2)


print(reverse_bits(1), reverse_bits(0b1011, 8), hex(reverse_bits(0x12345678)))
print([(n, n.bit_length(), n.to_bytes(2, "big").hex()) for n in (1, 255, 256, 65535)])
print(int.from_bytes(bytes([1, 2, 3, 4]), "little"), (0x01020304).to_bytes(4, "little"), format(-10 & 0xFF, "08b"))
