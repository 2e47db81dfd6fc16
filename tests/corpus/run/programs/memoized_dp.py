import functools
from functools import lru_cache, cache, reduce, partial, wraps, total_ordering, singledispatch, cached_property

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

@lru_cache(maxsize=32)
def edit(a, b):
    if not a: return len(b)
    if not b: return len(a)
    if a[0] == b[0]: return edit(a[1:], b[1:])
    return 1 + min(edit(a[1:], b), edit(a, b[1:]), edit(a[1:], b[1:]))

@lru_cache(maxsize=None)
def partitions(n, k):
    if n == 0: return 1
    if n < 0 or k == 0: return 0
    return partitions(n - k, k) + partitions(n, k - 1)

@lru_cache(typed=True)
def kind(x):
    return type(x).__name__

print(fib(100), fib.cache_info())
print(edit("kitten", "sitting"), edit("intention", "execution"), edit.cache_info())
edit.cache_clear()
print(edit.cache_info(), edit.__wrapped__.__name__, edit.cache_parameters())
print([partitions(n, n) for n in range(15)], partitions.cache_info().currsize)
print(kind(1), kind(1.0), kind(True), kind.cache_info())

def lcs(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a, 1):
        for j, y in enumerate(b, 1):
            dp[i][j] = dp[i - 1][j - 1] + 1 if x == y else max(dp[i - 1][j], dp[i][j - 1])
    out, i, j = [], len(a), len(b)
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1]); i -= 1; j -= 1
        elif dp[i - 1][j] >= dp[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return "".join(reversed(out))

def knapsack(items, cap):
    best = [(0, ())] * (cap + 1)
    for name, w, v in items:
        for c in range(cap, w - 1, -1):
            cand = (best[c - w][0] + v, best[c - w][1] + (name,))
            if cand[0] > best[c][0]:
                best[c] = cand
    return best[cap]

def coin_change(coins, amount):
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]

print(lcs("AGGTAB", "GXTXAYB"), lcs("ABCBDAB", "BDCABA"))
print(knapsack([("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160), ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)], 200))
print(coin_change([1, 2, 5, 10, 20, 50, 100, 200], 200))
print(reduce(lambda a, b: a * b, range(1, 21)), reduce(lambda a, b: a + b, [], "init"))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
pow2 = partial(pow, 2)
print(pow2(10), pow2, partial(int, base=16)("ff"), repr(partial(max, 1, key=abs)).startswith("functools.partial(<built-in function max>, 1, key=<built-in function abs>)"))

def trace(fn):
    @wraps(fn)
    def inner(*a, **k):
        r = fn(*a, **k)
        print(f"  {fn.__name__}{a} = {r}")
        return r
    return inner

@trace
def add(x, y):
    "adds"
    return x + y
add(2, 3)
print(add.__name__, add.__doc__, add.__wrapped__(1, 1))

@total_ordering
class Version:
    def __init__(self, s): self.parts = tuple(map(int, s.split(".")))
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __repr__(self): return "V" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2", "2.0.0", "1.2.10"]]
print(sorted(vs), max(vs), Version("1.0") >= Version("0.9"), Version("1.0") <= Version("0.9"))

@singledispatch
def show(x): return f"obj:{x!r}"
@show.register
def _(x: int): return f"int:{x}"
@show.register(list)
def _(x): return "list:" + ",".join(map(show, x))
print(show(3), show("s"), show([1, "a", [2]]), show(True))

class Circle:
    def __init__(self, r): self.r = r
    @cached_property
    def area(self):
        print("  computing area")
        return 3.14159 * self.r ** 2
c = Circle(2)
print(c.area, c.area, "area" in c.__dict__)
del c.area
print(round(c.area, 3))
print(sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
