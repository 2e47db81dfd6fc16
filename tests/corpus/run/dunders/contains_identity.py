# Containment and list methods compare by identity first, then ==.
nan = float("nan")
lst = [nan, 1, "a"]
print(nan in lst, float("nan") in lst, lst.count(nan), lst.index(nan))
class Never:
    def __eq__(self, other):
        print("__eq__ called")
        return False
    __hash__ = object.__hash__
n = Never()
items = [n]
print(n in items)
print(Never() in items)
print(items.count(n), items.index(n))
items.remove(n)
print(items)
t = (n,)
print(n in t, t == (n,), t.count(n))
d = {n: "value"}
print(d[n], n in d)
s = {n}
print(n in s)
class Always:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
a = Always()
print(a in [1, 2], [1, 2].index(a), [5, 6].count(a), 7 in [a])
print([nan] == [nan], (nan,) == (nan,), [float("nan")] == [float("nan")], {nan: 1} == {nan: 1})
x = [1, 2, 3]
y = x
print(x is y, x == y, x is [1, 2, 3], x == [1, 2, 3], [x] == [[1, 2, 3]])
print(None in [0, False, ""], 0 in [False], 1 in [True], "" in ["", 0])
