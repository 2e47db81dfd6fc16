# Closures, nonlocal state, higher-order functions and lambdas.
def make_counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


def compose(f, g):
    return lambda x: f(g(x))


add1 = lambda x: x + 1
dbl = lambda x: x * 2
f = compose(add1, dbl)
total = 0
counters = [make_counter() for _ in range(10)]
for i in range(300000):
    total += f(i) + counters[i % 10]()
print(total, [c(0) for c in counters])
