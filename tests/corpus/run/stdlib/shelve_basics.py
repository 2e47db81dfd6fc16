# shelve: pickled values over dbm, writeback, context managers, errors.
import dbm
import os
import shelve
import tempfile

tmp = tempfile.TemporaryDirectory()
os.chdir(tmp.name)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f'Point({self.x}, {self.y})'


with shelve.open('data') as s:
    print(type(s).__name__, isinstance(s, shelve.Shelf))
    s['list'] = [1, 2, 3]
    s['point'] = Point(1, 2)
    s['nested'] = {'a': (1, 2.5), 'b': {None, True}}
    s['list'].append(4)            # no writeback: the change is lost
    print(s['list'], s['point'], s['nested'])
    print(len(s), sorted(s), 'list' in s, 'zzz' in s)
    print(s.get('zzz'), s.get('zzz', 'dflt'), s.get('point'))
    try:
        s['zzz']
    except KeyError as e:
        print('KeyError', e)
    try:
        del s['zzz']
    except KeyError as e:
        print('KeyError', e)
    del s['nested']
    print(sorted(s.keys()), sorted(s.items()))
print(dbm.whichdb('data'))

# closed shelf
print(repr(s.dict))
for op in (lambda: s['list'], lambda: len(s), lambda: list(s), lambda: s.__setitem__('k', 1)):
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
s.close()

# reopen read-only
s = shelve.open('data', flag='r')
print(sorted(s.items(), key=repr))
try:
    s['x'] = 1
except dbm.error as e:
    print(type(e).__name__, e)
s.close()

# writeback caches values and writes them on sync/close
s = shelve.open('data', writeback=True)
s['list'].append(5)
print(sorted(s.cache))
s.sync()
print(s.cache)
s['list'].append(6)
s.close()
with shelve.open('data', 'r') as s:
    print(s['list'])

# protocol and DbfilenameShelf
with shelve.DbfilenameShelf('proto', flag='n', protocol=0) as s:
    s['v'] = 'text'
    print(s._protocol, s.dict[b'v'][:2])
with shelve.open('proto', flag='n') as s:
    print(len(s))
try:
    shelve.open('absent', flag='r')
except dbm.error as e:
    print(type(e).__name__, e)

# Shelf over a plain dict of bytes
backing = {}
s = shelve.Shelf(backing)
s['k'] = (1, 'two')
print(list(backing), type(backing[b'k']).__name__, s['k'])
s.close()
print(repr(s.dict), backing != {})
s = shelve.Shelf({}, keyencoding='latin-1')
s['\xe9'] = 1
print(list(s.dict), list(s))


class Navigable(dict):
    # A minimal BSD-style database for BsdDbShelf.
    def first(self):
        k = min(self)
        return k, self[k]

    def last(self):
        k = max(self)
        return k, self[k]


b = shelve.BsdDbShelf(Navigable())
b['m'] = 1
b['a'] = [2]
b['z'] = 'three'
print(b.first(), b.last())
os.chdir('/')
tmp.cleanup()
