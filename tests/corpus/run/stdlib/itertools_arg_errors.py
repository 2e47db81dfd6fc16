# Argument errors of the itertools constructors, worded as CPython's C parsers word them.
import itertools as it
names = ('count cycle repeat accumulate chain compress dropwhile takewhile filterfalse groupby islice starmap '
         'zip_longest product permutations combinations combinations_with_replacement pairwise tee').split()
for n in names:
    for args in [(), (1,), (1, 2, 3, 4, 5)]:
        try: getattr(it, n)(*args)
        except TypeError as e: print(n, len(args), e)
for f in [lambda: it.repeat(1, x=2), lambda: it.repeat(1, object=2), lambda: it.combinations(1, 2, 3), lambda: it.groupby(key=len),
          lambda: it.permutations(r=2), lambda: list(it.compress(data=[1, 2], selectors=[0, 1])), lambda: it.repeat(1, times=2, object=3),
          lambda: it.dropwhile(1), lambda: it.dropwhile(1, 2, x=1), lambda: it.repeat(object=1, times=2), lambda: list(it.permutations('ab')),
          lambda: [(k, list(g)) for k, g in it.groupby('aab', key=None)], lambda: list(it.pairwise('abc')),
          lambda: list(it.combinations(r=1, iterable='ab')),
          lambda: list(it.accumulate([1], None, 3)), lambda: list(it.accumulate([1, 2], initial=5)), lambda: len(it.tee([1], n=2)),
          lambda: list(it.islice(it.count(start=2, step=3), 3)), lambda: list(it.islice('abcdef', 1, 5, 2)), lambda: len(it.tee([1], 3)),
          lambda: list(it.islice(it.cycle('ab'), 3)), lambda: it.cycle('a', b=1), lambda: it.islice('a', stop=1)]:
    try: print(f())
    except TypeError as e: print(e)
