# Errors from a user's methods passing through collections.abc mixin methods (CPython's _collections_abc is
# frozen): the mixin frames read "<frozen _collections_abc>", line N.
import collections.abc as abc
import traceback


class Store(abc.MutableMapping):
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        if k == 'bad':
            raise ValueError('bad key')
        return self.d[k]

    def __setitem__(self, k, v):
        if v is None:
            raise TypeError('no None values')
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


class Seq(abc.Sequence):
    def __getitem__(self, i):
        if i == 2:
            raise RuntimeError('boom')
        if i > 3:
            raise IndexError
        return i

    def __len__(self):
        return 4


def show(label, fn):
    try:
        fn()
    except Exception as e:
        frames = [line.strip() for line in traceback.format_exception(e) if '<frozen' in line]
        print(label, type(e).__name__, e, frames)


s = Store()
show('get', lambda: s.get('bad'))
show('contains', lambda: 'bad' in s)
show('update mapping', lambda: s.update({'a': None}))
show('update pairs', lambda: s.update([('a', None)]))
show('update kwds', lambda: s.update(a=None))
show('setdefault', lambda: s.setdefault('x', None))
show('pop', lambda: s.pop('bad'))
show('iter', lambda: list(Seq()))
show('index', lambda: Seq().index(9))
show('contains seq', lambda: 9 in Seq())
show('reversed', lambda: list(reversed(Seq())))
show('count', lambda: Seq().count(1))
s['k'] = 1
s.d['bad'] = 2
show('items', lambda: list(s.items()))
show('values', lambda: list(s.values()))
show('eq', lambda: s == {'bad': 1})
