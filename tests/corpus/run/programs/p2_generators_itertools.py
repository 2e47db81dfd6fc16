"""Generator pipelines and itertools."""
import itertools as it
import operator
from collections import deque


def read_lines():
    data = """# sales
north,apples,10,0.5
south,pears,4,0.75
north,pears,7,0.75
east,apples,3,0.5

west,plums,12,1.25
south,apples,9,0.5
# end"""
    yield from data.splitlines()


def non_comment(lines):
    for line in lines:
        if line and not line.startswith("#"):
            yield line


def parse(lines):
    for line in lines:
        region, fruit, qty, price = line.split(",")
        yield {"region": region, "fruit": fruit, "qty": int(qty), "price": float(price)}


def with_total(rows):
    for r in rows:
        r["total"] = r["qty"] * r["price"]
        yield r


rows = list(with_total(parse(non_comment(read_lines()))))
print(len(rows), "rows")
key = operator.itemgetter("fruit")
for fruit, grp in it.groupby(sorted(rows, key=key), key=key):
    grp = list(grp)
    print(f"{fruit:<7} n={len(grp)} qty={sum(r['qty'] for r in grp):>3} total={sum(r['total'] for r in grp):6.2f}")

print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([1, 2, 3, 4], operator.mul, initial=10)))
print(list(it.chain("ab", [1, 2], (3,))), list(it.chain.from_iterable([[1], [2, 3], []])))
print(list(it.islice(it.count(10, 3), 5)), list(it.islice("abcdefg", 1, None, 2)))
print(list(it.takewhile(lambda x: x < 4, [1, 3, 5, 2])), list(it.dropwhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.filterfalse(str.isdigit, "a1b2c3")))
print(list(it.starmap(pow, [(2, 5), (3, 2)])), list(it.repeat("x", 3)))
print(list(it.zip_longest("abc", [1], fillvalue="-")))
print(list(it.product("ab", repeat=2)), len(list(it.product(range(3), range(4), range(2)))))
print(list(it.permutations([1, 2, 3], 2)))
print(list(it.combinations("abcd", 3)), list(it.combinations_with_replacement("ab", 2)))
print(list(it.pairwise("abcd")))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b))
cyc = it.cycle("xyz")
print([next(cyc) for _ in range(7)])
print([(k, len(list(g))) for k, g in it.groupby("aaabccdddd")])


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def primes():
    seen = {}
    for n in it.count(2):
        if n not in seen:
            yield n
            seen[n * n] = [n]
        else:
            for p in seen.pop(n):
                seen.setdefault(n + p, []).append(p)


print(list(it.islice(fib(), 15)))
print(list(it.islice(primes(), 20)))
print(sum(it.takewhile(lambda x: x < 4_000_000, filter(lambda x: x % 2 == 0, fib()))))


def window(iterable, n):
    d = deque(maxlen=n)
    for x in iterable:
        d.append(x)
        if len(d) == n:
            yield tuple(d)


print(list(window(range(6), 3)))


def averager():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            return (count, avg)
        total += x
        count += 1
        avg = total / count


g = averager()
next(g)
for v in [10, 20, 30, 45]:
    print("avg:", g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("returned:", e.value)


def delegator():
    result = yield from averager()
    yield f"inner returned {result}"


d = delegator()
next(d)
d.send(4); d.send(6)
print(d.send(None))


def closing_gen():
    try:
        for i in range(10):
            yield i
    finally:
        print("generator cleanup")


cg = closing_gen()
print(next(cg), next(cg))
cg.close()
print("closed:", cg.gi_frame is None)


def thrower():
    while True:
        try:
            yield "ready"
        except KeyError as e:
            yield f"handled {e!r}"


t = thrower()
next(t)
print(t.throw(KeyError("k")))
gen_exp = (x * x for x in range(5))
print(type(gen_exp).__name__, sum(gen_exp), sum(gen_exp))
print(list(map(lambda p: p[0] * p[1], zip(range(5), it.count(1)))))
print(sorted(it.chain(*[range(i) for i in range(4)]), reverse=True))
print(list(it.batched(range(7), 3)) if hasattr(it, "batched") else "no batched")
nested = [[1, [2, 3]], [4, [5, [6, 7]]], 8]


def flatten(x):
    for y in x:
        if isinstance(y, list):
            yield from flatten(y)
        else:
            yield y


print(list(flatten(nested)))
print(next(iter([]), "default"), next((x for x in range(3) if x > 5), None))
