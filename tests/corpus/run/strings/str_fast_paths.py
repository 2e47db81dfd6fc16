# split()/join()/replace()/upper()/lower() fast paths (ASCII, exact list/tuple) against the general cases.
s = "  Hello\tworld \x1c foo\x1fbar\x85baz\u3000qux\u2028end\r\n "
print(s.split(), s.split(None, 2), s.rsplit(None, 1), ''.split(), '   '.split(), 'a'.split(), 'ab c'.split())
print('x y'.split(maxsplit=0), ' x y '.split(maxsplit=1))
words = ['a', 'bb', 'ccc']
print(','.join(words), '--'.join(tuple(words)), ''.join([]), ''.join(()), '-'.join(['only']), 'ab'.join('xyz'))
w = 'single word'
print(''.join([w]) is w, ''.join((w,)) is w)


class S(str):
    pass


print(repr(''.join([S('sub')])), type(''.join([S('sub')])).__name__, '+'.join([S('a'), 'b']))


class L(list):
    def __iter__(self):
        return iter(['overridden'])


print('|'.join(L(['x', 'y'])))
for bad in (['a', 1], ('a', 'b', None), [b'x'], ['a', 'b', 2.5]):
    try:
        ','.join(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    ','.join(5)
except TypeError as e:
    print('TypeError', e)
t = 'foo boo zoo' * 3
print(t.replace('o', '0'), t.replace('oo', ''), t.replace('o', '0', 2), t.replace('x', 'y') == t,
      t.replace('', '-', 3), 'aaa'.replace('a', 'bb'), 'abc'.replace('b', ''), t.replace('o', 'O', 0))
print('Hello World 123'.upper(), 'Hello World'.lower(), 'straße ǅ Ω'.upper(), 'İSTANBUL ǅ'.lower(), 'ß'.casefold(),
      'MiXeD'.casefold(), ''.upper())
print(divmod(7, 3), divmod(-7, 3), divmod(7, -3), divmod(-7, -3), divmod(0, 5), divmod(True, 2), divmod(10 ** 30, 7),
      divmod(-10 ** 30, 7), divmod(7, 10 ** 30), divmod(-7, 10 ** 30), divmod(-2 ** 63, -1), divmod(2 ** 64, -2 ** 63))
for a, b in ((1, 0), (10 ** 30, 0), (True, False)):
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)


class I(int):
    def __divmod__(self, other):
        return 'custom'


print(divmod(I(5), 2), (5).__divmod__(3), (5).__rdivmod__(17), 3 ** 40, (-3) ** 41, 2 ** 63, 7 * 2 ** 62, -(2 ** 62) * 2)
print({int: 1, str: 2, S: 3}[S], hash(int) == hash(int), len({int, str, int}))
