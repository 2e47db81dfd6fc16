# sets of small ints print in a deterministic order.
a = {5, 3, 1, 3, 9}
b = {3, 4, 5, 6}
print(a, len(a), 3 in a, 7 not in a)
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([10]), a.intersection(b, {5}), a.difference({1}), a.symmetric_difference({1, 2}))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, {1}.isdisjoint({2}))
s = set()
for i in range(10):
    s.add(i % 4)
print(s)
s.discard(2)
s.discard(42)
s.remove(3)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
print(s.pop(), s)
s.update([7, 8], {9})
print(s)
s.clear()
print(s, set(), set([1, 1, 2]), set(range(5)))
fs = frozenset([3, 2, 1])
print(fs, fs | {4}, type(fs | {4}).__name__, {4} | fs, type({4} | fs).__name__)
print({x % 3 for x in range(10)})
print(sorted({10, -1, 3}), max({1, 5, 2}), sum({1, 2, 3}))
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
c = {1, 2, 3}
c &= {2, 3, 4}
c |= {10}
c -= {3}
c ^= {2, 20}
print(c)
print({frozenset({1}): "x"}, {1, 2} == {2, 1}, {1} == frozenset({1}))
print({100, 1, 50, 2, 32, 64})
