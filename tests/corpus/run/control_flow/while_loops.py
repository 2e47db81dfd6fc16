# while with break, continue and else.
i = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    if i == 7:
        break
    print("i =", i)
else:
    print("never printed")
print("after", i)
n = 0
while n < 3:
    n += 1
else:
    print("else ran, n =", n)
a, b = 0, 1
fibs = []
while b < 200:
    fibs.append(b)
    a, b = b, a + b
print(fibs)
count = 0
while True:
    count += 1
    if count > 4:
        break
print("count", count)
outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            inner += 1
            continue
        print(outer, inner)
        inner += 1
    outer += 1
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(k) for k in range(1, 20)])
