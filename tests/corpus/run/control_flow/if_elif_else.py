# if/elif/else with truthiness of many values.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for n in [-5, 0, 3, 10, 99]:
    print(n, classify(n))
for v in [0, 1, -1, 0.0, 0.1, "", "a", [], [0], (), {}, {0: 0}, set(), None, 0j, range(0), range(1)]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 5
print("big" if x > 3 else "small", "a" if not x else "b")
print(x > 3 and "yes" or "no", 0 or "" or None, 1 and 2 and 3, 0 and 1/0, [] or [1])
print(not 0, not 1, not [], not None)
if x:
    pass
if x == 5: print("one-liner")
y = 7
if x < y < 10:
    print("chained")
if not (x > y) and (x != y or x is y):
    print("compound")
