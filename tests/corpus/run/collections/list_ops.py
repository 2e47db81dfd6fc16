# list methods and operators.
a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a, len(a), a[0], a[-1], a[2:5], a[::-1], a[::3])
a.append(7)
a.extend([8, 9])
a.insert(0, 0)
a.insert(100, 100)
a.insert(-1, -1)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(9), a.count(1), a.count(42))
a.sort()
print(a)
a.reverse()
print(a)
b = a.copy()
b[0] = "x"
print(a[0], b[0])
a[1:3] = ["A", "B", "C"]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
del a[0]
del a[::3]
print(a)
a.clear()
print(a, [1, 2] + [3], [0] * 3, [[]] * 2, 2 * [1, 2])
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0])
print(3 in [1, 2, 3], [1] in [[1]], list("abc"), list(range(3)), list((1, 2)))
nested = [[1, 2], [3, [4, 5]]]
print(nested[1][1][0], nested)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].remove(2)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2].index(3)
except ValueError as e:
    print("ValueError:", e)
try:
    [1][5]
except IndexError as e:
    print("IndexError:", e)
try:
    x = [1, 2]
    x[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    [3, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
c = [1, 2]
c += (3, 4)
c *= 2
print(c)
r = [1, 2]
r.append(r)
print(r)
