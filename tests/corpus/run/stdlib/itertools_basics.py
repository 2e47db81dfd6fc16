import itertools
from itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile,
                       filterfalse, groupby, islice, starmap, tee, zip_longest, product,
                       permutations, combinations, combinations_with_replacement, pairwise)
import operator

c = count(5)
print(type(c), c, next(c), next(c), c)
print(count(1, 2), count(2.5), count(0, 0.5), list(islice(count(10, -3), 4)))
print(repeat(1, 3), list(repeat('x', 3)), repeat(None), list(repeat(0, -2)))
print(list(islice(cycle('abc'), 7)), list(cycle([])))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=0)), list(accumulate([])))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(chain('ab', [1, 2], ())), list(chain.from_iterable(['xy', 'z'])))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a'])))
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
groups = groupby('aabbc')
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)),
      list(islice('ABCDEFG', 0, None, 2)), list(islice(range(10), 1, 8, 3)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
for args in [(-1,), (0, -1), (None, 5, 0), ('a',), (1, 2, 3, 4)]:
    try:
        islice(range(5), *args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
a, b = tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a))
print(len(tee('abc', 3)), tee('abc', 0))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest()), list(zip_longest([1], [])))
print(list(product('ab', range(2))), list(product([0, 1], repeat=2)), list(product()))
print(list(permutations(range(3))), list(permutations('ABCD', 2))[:5], list(permutations('ab', 3)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('a', 2)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement('', 0)))
print(list(pairwise('ABCDE')), list(pairwise('A')))
for bad in [lambda: combinations('abc', -1), lambda: permutations('abc', 'x'), lambda: product('a', repeat=-1),
            lambda: count('a')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sum(1 for _ in itertools.combinations(range(10), 3)))
print(isinstance(chain(), chain), type(islice('a', 1)).__name__, type(groupby('')).__module__)
