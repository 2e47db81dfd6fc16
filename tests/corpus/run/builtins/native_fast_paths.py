# Shortcuts taken by builtin calls (str/int/list of one argument, native sorts of int/float/str keys,
# list.extend, map): the results and errors must be those of the general protocol.

# sort: equal keys keep their original order, also with reverse=True
pairs = [(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e'), (3, 'f')] * 20
print(sorted(pairs, key=lambda p: p[0])[:8])
print(sorted(pairs, key=lambda p: p[0], reverse=True)[:8])
print(sorted(pairs, key=lambda p: str(p[0]))[-4:])
print(sorted(pairs, key=lambda p: float(p[0]), reverse=True)[-4:])

# distinct but equal objects keep their order (identity is observable)
objs = [int(str(1000)) for _ in range(70)] + [5] * 3
order = sorted(range(len(objs)), key=lambda i: objs[i])
print(order[:5], order[-3:])
s = sorted(objs)
print([x is y for x, y in zip(s[3:8], objs[:5])])

# floats: 0.0 and -0.0 are equal keys; NaN falls back to the general sort
z = [0.0, -0.0, 1.5, -0.0, 0.0, -2.5] * 15
import math
print([math.copysign(1, x) for x in sorted(z) if x == 0][:8])
print([math.copysign(1, x) for x in sorted(z, reverse=True) if x == 0][:8])
print(sorted([3.0, float('nan'), 1.0, 2.0]))

# strs: ordinal order, astral characters, mixed types fall back (and raise as usual)
words = ['b', 'a', 'B', 'é', 'ab', '', '\U0001f600', '\uffff', 'a'] * 10
print(sorted(set(words)))
print(sorted(['\uffff', '\U0001f600', 'z'] * 30)[::30])
try:
    sorted([1, 'a'] * 40)
except TypeError as e:
    print('TypeError', e)
print(sorted([1, 2.5, True, -1, 2 ** 70] * 15)[::15])
big_keys = [2 ** 64, -2 ** 64, 0, 5] * 20
print(sorted(big_keys)[::20])
class Int(int):
    pass
print(sorted([Int(3), Int(1), Int(2)] * 30)[::30])

l = [5, 3, 9, 1] * 30
l.sort(reverse=True)
print(l[:5], l[-5:])

# str(x), int(x), list(x)
print(str(12345), str(-7), str(10 ** 30), str(True), str(3.5), str(), repr(str(b'x')))
print(int('42'), int(3.9), int(-0.5), int(True), int(), int('ff', 16))
for bad in ('x', None, [1]):
    try:
        int(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    str(1, 2, 3, 4)
except TypeError as e:
    print('TypeError', e)
print(list(), list((1, 2)), list('ab'), list(range(3)), list({1: 2}), list(x for x in 'xy'))
try:
    list(5)
except TypeError as e:
    print('TypeError', e)
try:
    list([1], [2])
except TypeError as e:
    print('TypeError', e)
try:
    list(iterable=[1])
except TypeError as e:
    print('TypeError', e)

# extend: a list extended with itself doubles, also for a subclass
a = [1, 2]
a.extend(a)
print(a)
class L(list):
    pass
b = L([1, 2])
b.extend(b)
print(b, type(b).__name__)
c = [0]
c.extend((1, 2))
c.extend(iter([3]))
c.extend({4: 0})
print(c)
a = [1, 2]
a.__init__(a)
print(a)

# a failing iterable leaves what was appended, as in CPython
def gen():
    yield 1
    yield 2
    raise ValueError('boom')
d = [9]
try:
    d.extend(gen())
except ValueError as e:
    print('ValueError', e, d)

# map with one and several iterables, and a bound method
print(list(map(lambda x: x * 2, [1, 2, 3])), list(map(pow, [2, 3], [3, 2])))
print(list(map(str.upper, 'ab')), list(map([10, 20].__getitem__, [1, 0])))
print(list(filter(lambda x: x % 2, range(7))))
