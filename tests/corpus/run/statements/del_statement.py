# del on names, items, slices, attributes.
x = 10
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[2:4]
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
class O:
    pass
o = O()
o.attr = 1
o.other = 2
del o.attr
print(vars(o))
a, b, c = 1, 2, 3
del a, b
print(c, "a" in globals(), "b" in globals())
nested = [[1, 2], [3, 4]]
del nested[0][1], nested[1]
print(nested)
def f():
    y = 5
    del y
    y = 6
    return y
print(f())
try:
    del undefined_global
except NameError as e:
    print("NameError:", e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
s = "str"
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
del (s)
print("s" in globals())
[p, q] = [1, 2]
del [p, q]
print("p" in globals())
