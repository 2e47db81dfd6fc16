# __index__ lets objects act as integers in slicing, bin(), range, etc.
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        print("__index__", self.v)
        return self.v
lst = list(range(10))
print(lst[Idx(3)], lst[Idx(1):Idx(4)], "abcdef"[Idx(2)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(list(range(Idx(3))), [0] * Idx(2), "ab" * Idx(2))
print(operator_like := int.__index__(7))
class NotIndex:
    def __int__(self):
        return 3
try:
    lst[NotIndex()]
except TypeError as e:
    print("TypeError:", e)
print(int(NotIndex()))
class BadIndex:
    def __index__(self):
        return "x"
try:
    lst[BadIndex()]
except TypeError as e:
    print("TypeError:", e)
class IntAndFloat:
    def __int__(self):
        return 4
    def __float__(self):
        return 4.5
    def __complex__(self):
        return 1j
    def __round__(self, n=None):
        return "rounded %r" % n
    def __trunc__(self):
        return 99
print(int(IntAndFloat()), float(IntAndFloat()), complex(IntAndFloat()), round(IntAndFloat()), round(IntAndFloat(), 2))
print(Idx(2).__index__(), (10).__index__())
try:
    key = 1.0
    "abc"[key]
except TypeError as e:
    print("TypeError:", e)
