# Every kind of assignment target, including nested starred and chained forms.
class O:
    pass
o = O()
o.a = o.b = 1
d = {}
d["x"], d["y"] = "xy"
lst = [None] * 4
lst[0], lst[1:3], lst[-1] = 0, [1, 2], 3
print(o.a, o.b, d, lst)
(a, b), [c, *d2] = (1, 2), "cde"
print(a, b, c, d2)
*init, (last1, last2) = [1, 2, (3, 4)]
print(init, last1, last2)
o.items = [0, 0]
o.items[0], o.items[1] = o.items[1] + 1, o.items[0] + 2
print(o.items)
i = 0
data = [10, 20, 30]
i, data[i] = 2, 99
print(i, data)
x = y = []
x.append(1)
print(x, y, x is y)
matrix = [[0] * 2 for _ in range(2)]
matrix[0][1] = matrix[1][0] = 7
print(matrix)
first, second = {"k1": 1, "k2": 2}
print(first, second)
(p,) = [42]
[q] = (43,)
print(p, q)
try:
    (r,) = []
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = 1, 2
    print(a, b, c)
    a, *b, c = (1,)
except ValueError as e:
    print("ValueError:", e)
ann: int = 5
unassigned: str
print(ann, "unassigned" in globals(), __annotations__)
