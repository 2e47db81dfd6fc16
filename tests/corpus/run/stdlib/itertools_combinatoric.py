# itertools.combinations / permutations / product / combinations_with_replacement (native C# types in Sharpy):
# results and order, edge cases, eager consumption, errors with CPython 3.11's messages, subclassing.
import itertools as it
from itertools import combinations, combinations_with_replacement, permutations, product


def show(label, thunk):
    try:
        print(label, '->', thunk())
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


# Results and order for small pools, every r from 0 to n + 1.
for n in range(5):
    pool = 'abcd'[:n]
    for r in range(n + 2):
        print('C', n, r, list(combinations(pool, r)))
        print('CWR', n, r, list(combinations_with_replacement(pool, r)))
        print('P', n, r, list(permutations(pool, r)))
    print('P None', n, list(permutations(pool)))
    print('prod', n, list(product(pool, range(2))))

# Counts against the closed forms, and orders against sorted(): lexicographic for sorted pools.
from math import comb, factorial, perm
for n in range(8):
    for r in range(n + 2):
        c = list(combinations(range(n), r))
        assert len(c) == comb(n, r) and c == sorted(c), (n, r)
        p = list(permutations(range(n), r))
        assert len(p) == perm(n, r) and p == sorted(p) and len(set(p)) == len(p), (n, r)
        w = list(combinations_with_replacement(range(n), r))
        assert len(w) == (comb(n + r - 1, r) if n else int(r == 0)) and w == sorted(w), (n, r)
        assert list(product(range(n), repeat=r)) == sorted(product(range(n), repeat=r))
print('closed forms ok')
print(len(list(permutations(range(7)))), factorial(7))
print(sum(1 for _ in combinations(range(60), 3)), sum(a + b for a, b in combinations(range(300), 2)))
print(sum(map(sum, product(range(20), repeat=4))))
print(list(product([1, 2], 'xy', [None])))
print(list(product(repeat=0)), list(product('ab', repeat=0)), list(product()), list(product(repeat=3)))
print(list(product([], [1])), list(product([1], [])), list(product([], repeat=0)))
print(list(product('ab', repeat=True)), list(product(range(2), 'c', repeat=2)))

# Iterables are read once, when the object is made (a generator is drained eagerly).
log = []
def gen(tag, k):
    for i in range(k):
        log.append((tag, i))
        yield i
objs = [combinations(gen('c', 3), 2), permutations(gen('p', 2)), combinations_with_replacement(gen('w', 2), 2),
        product(gen('x', 2), gen('y', 1), repeat=2)]
print(log)
print([list(o) for o in objs])
print(list(product(1, repeat=0)))  # with repeat=0 the arguments are not even iterated

# The pool is a snapshot: changing the source list later does not matter.
src = [1, 2, 3]
c = combinations(src, 2)
src.append(4)
print(list(c))

# Exhaustion is permanent, and next() raises StopIteration; __iter__ returns the object itself.
c = combinations('ab', 1)
print(iter(c) is c, next(c), next(c), next(c, 'done'), next(c, 'done'))
p = permutations([], 0)
print(next(p), next(p, 'done'))
print(hasattr(c, '__length_hint__'), hasattr(combinations, '__length_hint__'))
# Results are fresh tuples (safe to keep).
res = list(permutations('abc', 2))
print(res[0], res[-1], all(type(t) is tuple for t in res))

# Types: classes of the itertools module, subclassable.
for cls in (combinations, permutations, product, combinations_with_replacement):
    print(cls, cls.__module__, cls.__name__, cls.__qualname__, type(cls), cls.__mro__)
print(type(combinations('a', 1)), type(product()), isinstance(permutations(''), permutations))
print(combinations.__doc__.splitlines()[0])
print(product.__doc__.splitlines()[0])

class MyComb(combinations):
    def __init__(self, iterable, r):
        self.r = r
class Limited(product):
    def __next__(self):
        t = super().__next__()
        if t == ('b', 'b'):
            raise StopIteration
        return t
class Tagged(permutations):
    tag = 'T'
    def __new__(cls, *args, **kwargs):
        self = super().__new__(cls, *args, **kwargs)
        self.extra = len(args)
        return self
m = MyComb('abc', r=2)
print(type(m).__name__, isinstance(m, combinations), m.r, list(m))
print(list(Limited('ab', repeat=2)), [t for t in Limited('ab', repeat=2)])
tg = Tagged('xyz', 2)
print(tg.tag, tg.extra, list(tg), Tagged.__mro__[1])

# Argument errors: CPython's messages.
cases = [
    "combinations()", "combinations([1])", "combinations([1], 2, 3)", "combinations([1], -1)",
    "combinations([1], 'a')", "combinations([1], 2.0)", "combinations(1, 2)", "combinations(1, -1)",
    "combinations(1, 'a')", "combinations([1], 2**70)", "combinations([1], -2**70)", "combinations([1], x=2)",
    "combinations(1, iterable=2)", "combinations([1], r=1, iterable=2)", "combinations('abc', 2**40)",
    "list(combinations(iterable='ab', r=1))", "list(combinations('ab', r=True))",
    "permutations()", "permutations([1], -1)", "permutations([1], 'a')", "permutations([1], 2.0)",
    "permutations(1)", "permutations(1, 'a')", "permutations([1], 1, 2)", "permutations([1], x=1)",
    "permutations([1], iterable=2)", "permutations(x=1, y=2)", "permutations(r=1)", "permutations([1], 2**70)",
    "permutations('abc', 2**40)", "list(permutations(iterable='ab'))", "list(permutations('ab', None))",
    "product(repeat=-1)", "product([1], repeat='a')", "product([1], repeat=None)", "product([1], repeat=2.0)",
    "product([1], x=1)", "product([1], repeat=1, x=2)", "product(foo=2)", "product(1)", "product([1], 1)",
    "product(1, repeat=-1)", "product([1], repeat=2**70)", "product([1], repeat=2**62)",
    "combinations_with_replacement()", "combinations_with_replacement([1])",
    "combinations_with_replacement([1], -1)", "combinations_with_replacement([1], 1, 2)",
    "combinations_with_replacement([1], 'x')", "combinations_with_replacement(1, -1)",
    "combinations_with_replacement('', 2**40)", "list(combinations_with_replacement('', 2**40 - 2**40))",
    "product.__new__(int)", "product.__new__(combinations)", "combinations.__new__(product, [1], 1)",
    "combinations.__new__(combinations)", "list(product.__new__(product))", "product([1]).__init__(5)",
]
for case in cases:
    show(case, lambda: eval(case))

class Idx:
    def __index__(self):
        return 2
show('combinations __index__', lambda: list(combinations('abc', Idx())))
show('permutations __index__', lambda: permutations('abc', Idx()))
show('product repeat __index__', lambda: list(product('ab', repeat=Idx())))

# A failing iterable propagates its error from the constructor.
def boom():
    yield 1
    raise KeyError('boom')
for f in (lambda: combinations(boom(), 1), lambda: permutations(boom()), lambda: product([1], boom()),
          lambda: combinations_with_replacement(boom(), 1)):
    show('boom', f)
print(it.combinations is combinations)
