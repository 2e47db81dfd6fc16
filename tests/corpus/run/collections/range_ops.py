# range objects.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], 8 in r, 9 in r)
print(list(range(5)), list(range(5, 0, -1)), list(range(0)), list(range(3, 1)))
print(range(10).index(4), range(0, 10, 2).count(4), range(-5, 5)[::2])
print(range(3) == range(0, 3), range(0) == range(5, 5), range(1, 10, 2) == range(1, 11, 2))
print(range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20), range(10 ** 20)[::2][-1])
try:
    len(range(10 ** 20))
except OverflowError as e:
    print("OverflowError:", e)
print(repr(range(1, 2, 1)), repr(range(0, -3, -1)))
print(sum(range(1001)), max(range(7)), list(reversed(range(4))))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
print(r.start, r.stop, r.step)
for i in range(3, -4, -2):
    print(i, end=" ")
print()
