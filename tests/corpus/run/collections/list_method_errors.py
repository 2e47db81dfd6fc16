# list method argument handling and error messages.
a = [1, 2, 3, 2, 1]
print(a.index(2), a.index(2, 2), a.index(1, -2), a.index(2, 0, 2))
try:
    a.index(3, 0, 2)
except ValueError as e:
    print("ValueError:", e)
b = list(range(5))
b.insert(100, "end")
b.insert(-100, "start")
b.insert(-1, "before last")
print(b)
print(b.pop(-2), b.pop(0))
for bad in [10, -10]:
    try:
        b.pop(bad)
    except IndexError as e:
        print("IndexError:", e)
try:
    b.pop("x")
except TypeError as e:
    print("TypeError:", e)
c = [3, 1, 2]
c.sort(reverse=True)
print(c)
c.sort(key=None)
print(c)
try:
    c.sort(lambda v: v)
except TypeError as e:
    print("TypeError:", e)
try:
    [].extend(5)
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2] * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
try:
    list.append([], 1, 2)
except TypeError as e:
    print("TypeError:", e)
d = [1, 2, 3]
d.extend(d)
print(d, d.count(1), [[]] * 0, [] * 5)
e = [5, 3]
e.__setitem__(0, 9)
e.__delitem__(1)
print(e, e.__contains__(9), e.__len__(), e.__getitem__(-1), e.copy() == e)
try:
    [][0] = 1
except IndexError as err:
    print("IndexError:", err)
try:
    del [][0]
except IndexError as err:
    print("IndexError:", err)
