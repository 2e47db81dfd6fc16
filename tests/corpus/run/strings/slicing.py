# str slicing with all kinds of bounds and steps.
s = "abcdefghij"
cases = [(None, None, None), (2, None, None), (None, 3, None), (2, 8, 2), (-3, None, None),
         (None, -3, None), (-100, 100, None), (8, 2, None), (8, 2, -1), (None, None, -1),
         (None, None, -3), (-1, -11, -2), (5, 5, None), (3, 100, 3), (100, None, -1)]
for a, b, c in cases:
    print(a, b, c, repr(s[a:b:c]), repr(s[slice(a, b, c)]))
print(s[::], s[1:][1:][1:], s[-0:])
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
sl = slice(1, 9, 3)
print(sl, sl.start, sl.stop, sl.step, sl.indices(5), slice(None, None, -1).indices(10))
try:
    s["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    s[1.5]
except TypeError as e:
    print("TypeError:", e)
print(s[True], s[-True])
