# Slice assignment and deletion on lists, including extended slices.
a = list(range(10))
a[2:5] = ["x"]
print(a)
a[1:1] = [100, 200]
print(a)
a[:] = a[::-1]
print(a)
a[::3] = ["A", "B", "C", "D"]
print(a)
try:
    a[::3] = [1]
except ValueError as e:
    print("ValueError:", e)
a[5:] = []
print(a)
a[len(a):] = "xyz"
print(a)
b = [1, 2, 3]
b[-1:] = [9, 9]
print(b)
b[10:20] = [7]
print(b)
b[-100:1] = [0]
print(b)
c = list(range(8))
del c[1::2]
print(c)
c[::-1] = [10, 20, 30, 40]
print(c)
d = [1, 2, 3]
d[1:2] = d
print(d)
e = [0] * 5
e[1:4] = range(3)
e[0:0] = (x * 2 for x in range(2))
print(e)
try:
    e[0:2] = 5
except TypeError as err:
    print("TypeError:", err)
f = list("abcdef")
f[4:1:-1] = "XYZ"
print(f)
print(f[100:], f[-100:-99], f[3:1], f[::-2])
