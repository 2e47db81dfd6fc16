# for loops with else, break, continue, nested loops, and iteration protocols.
for i in range(5):
    if i == 3:
        continue
    print(i, end=" ")
else:
    print("| loop finished")
for i in range(5):
    if i == 2:
        print("breaking at", i)
        break
else:
    print("not reached")
for x in []:
    print("never")
else:
    print("empty else")
for ch in "hey":
    for n in range(2):
        print(ch * (n + 1), end=",")
print()
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
for i, (a, b) in enumerate([(1, 2), (3, 4)], start=10):
    print(i, a, b)
for x in [1, 2, 3]:
    pass
print("x after loop:", x)
lst = [1, 2, 3]
for item in lst:
    if item == 1:
        lst.append(4)
    print(item, end=";")
print()
def find(needle, haystack):
    for i, h in enumerate(haystack):
        if h == needle:
            break
    else:
        return -1
    return i
print(find(3, [1, 2, 3]), find(9, [1, 2]))
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == 1:
            continue
        print("pair", i, j)
try:
    for z in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
for lst[0] in [7, 8]:
    pass
print(lst)
