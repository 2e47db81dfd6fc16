# Generators chained as a lazy pipeline; trace the interleaving.
def source(n):
    for i in range(n):
        print(f"  source -> {i}")
        yield i
def double(it):
    for v in it:
        print(f"  double {v} -> {v * 2}")
        yield v * 2
def only_big(it, limit):
    for v in it:
        if v >= limit:
            print(f"  keep {v}")
            yield v
def take(it, n):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
result = list(take(only_big(double(source(10)), 6), 2))
print("result", result)
def running_average():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
avg = running_average()
next(avg)
for v in [10, 20, 30, 5]:
    print("avg after", v, "=", avg.send(v))
def tee_like(it):
    buf = list(it)
    return iter(buf), iter(buf)
a, b = tee_like(x * x for x in range(4))
print(list(a), list(b))
def windowed(seq, n):
    it = iter(seq)
    win = []
    for v in it:
        win.append(v)
        if len(win) == n:
            yield tuple(win)
            win.pop(0)
print(list(windowed(range(6), 3)), list(windowed("ab", 3)))
def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave("abc", [1, 2], (x for x in "XYZW"))))
