# Assignment expressions.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
i = 0
while (item := data[i]) != 9:
    print("item", item)
    i += 1
print("stopped at", item)
print([y for x in data if (y := x * 2) > 6])
print(y)
def f(x):
    return x * 10
print([f(x), f(x) ** 2] if (x := 2) else None)
print((z := 5), z + 1)
vals = [(w := 1), w + 1, (w := w * 10), w]
print(vals)
def scope():
    total = 0
    [total := total + k for k in range(5)]
    return total
print(scope())
def g():
    if any((hit := k) > 2 for k in range(10)):
        return hit
print(g())
chunks = iter([[1], [2, 3], []])
while chunk := next(chunks):
    print("chunk", chunk)
print(f"{(q := 7)} {q}")
