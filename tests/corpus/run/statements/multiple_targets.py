# Multiple assignment targets and evaluation order.
def val(v, label):
    print("eval", label)
    return v
a = b = c = val([], "rhs")
a.append(1)
print(a, b, c, a is c)
lst = [0, 0, 0]
i = 0
i = lst[i] = 2
print(i, lst)
x, y = y, x = 1, 2
print(x, y)
d = {}
d[val("k1", "key1")], d[val("k2", "key2")] = val((1, 2), "value")
print(d)
class O:
    pass
o = O()
o.a, o.b = "ab"
print(o.a, o.b)
(p, q), r = [1, 2], 3
print(p, q, r)
[s, [t, u]] = (4, (5, 6))
print(s, t, u)
for k, (v1, v2) in [("x", (1, 2)), ("y", (3, 4))]:
    print(k, v1 + v2)
first, second, *rest = range(2)
print(first, second, rest)
