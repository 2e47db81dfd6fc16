# Counter(iterable) counts through collections' native _count_elements: a plain Counter is updated
# directly, a subclass overriding get or __setitem__ is called through those methods, errors from
# unhashable elements or a failing iterator come through unchanged.
from collections import Counter
import collections

words = ('the cat and the hat and the bat ' * 3).split()
c = Counter(words)
print(sorted(c.items()), c.most_common(2))
c.update(['the', 'zebra'])
c.update('abca')
print(c['the'], c['zebra'], c['a'], c['missing'])
c['n'] = 1.5
c.update(['n'])
c['flag'] = True
c.update(['flag'])
print(c['n'], c['flag'], type(c['flag']).__name__)
c['big'] = 2 ** 63 - 1
c.update(['big'])
print(c['big'])


class Logged(Counter):
    def __setitem__(self, key, value):
        print('set', key, value)
        super().__setitem__(key, value)


Logged('aba')


class Getter(Counter):
    def get(self, key, default=None):
        print('get', key, default)
        return super().get(key, default)


print(sorted(Getter('xyx').items()))


class Missing(Counter):
    def __missing__(self, key):
        return 100


print(sorted(Missing('qq').items()))

try:
    Counter([[1], 2])
except TypeError as e:
    print('TypeError', e)


def gen():
    yield 'a'
    raise ValueError('boom')


c = Counter()
try:
    c.update(gen())
except ValueError as e:
    print('ValueError', e, dict(c))

d = {}
collections._count_elements(d, 'hello')
print(d)
for args in [(), ({},), ({}, 'a', 'b')]:
    try:
        collections._count_elements(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    collections._count_elements({}, 5)
except TypeError as e:
    print('TypeError', e)
try:
    collections._count_elements([], 'a')
except Exception as e:
    print(type(e).__name__, e)
