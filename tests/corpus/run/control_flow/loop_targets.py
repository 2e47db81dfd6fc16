# Unusual for-loop targets: attributes, subscripts, starred, nested tuples.
class Obj:
    pass
o = Obj()
for o.value in [1, 2, 3]:
    pass
print(o.value)
store = {}
for store["k"] in "abc":
    print(store)
arr = [0, 0, 0]
for i, arr[i] in enumerate([10, 20, 30]):
    pass
print(arr)
for first, *rest in ["abc", "de", "f"]:
    print(first, rest)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c, end=" ")
print()
for [x, y] in [(1, 2)]:
    print(x, y)
for _ in range(2):
    print("underscore loop")
it = iter(range(10))
for v in it:
    if v % 3 == 0:
        print("skipping next after", v, "->", next(it, None))
lst = [1, 2, 3, 4]
for v in lst:
    lst.remove(v)
print("mutated during iteration:", lst)
d = {1: "a", 2: "b"}
for k in list(d):
    d[k * 10] = d.pop(k)
print(d)
total = 0
for total in range(5):
    total += 100
print(total)
