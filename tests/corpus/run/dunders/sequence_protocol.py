# A full custom sequence: __len__, __getitem__ with slices, __reversed__, __contains__, __iter__.
class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return Seq(self.data[idx])
        if not -len(self.data) <= idx < len(self.data):
            raise IndexError("Seq index out of range")
        return self.data[idx]
    def __setitem__(self, idx, value):
        self.data[idx] = value
    def __reversed__(self):
        print("__reversed__ called")
        return reversed(self.data)
    def __repr__(self):
        return f"Seq({self.data})"
    def __add__(self, other):
        return Seq(self.data + list(other))
    def __mul__(self, n):
        return Seq(self.data * n)
    __rmul__ = __mul__
    def __eq__(self, other):
        return isinstance(other, Seq) and self.data == other.data
    __hash__ = None
s = Seq("abcde")
print(len(s), s[0], s[-1], s[1:3], s[::-2], s[::-1] == Seq("edcba"))
print(list(s), list(reversed(s)), "c" in s, "z" in s, sorted(s, reverse=True))
s[0] = "A"
print(s, s + [1], s + "xy", 2 * s[:2], s[:1] * 3)
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
a, b, *rest = s
print(a, b, rest)
print(max(s), min(s), "".join(s), enumerate(s).__next__(), list(zip(s, range(2))))
for i, ch in enumerate(s):
    if i > 1:
        break
    print(i, ch)
print(s.__len__(), bool(Seq([])), bool(s))
class Infinite:
    def __getitem__(self, i):
        return i * i
inf = Infinite()
for v in inf:
    if v > 20:
        break
    print("inf", v)
print(16 in inf)
