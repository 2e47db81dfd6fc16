import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(1, 2), operator.sub(5, 3), operator.mul('ab', 3), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 10), operator.neg(4), operator.pos(-4), operator.abs(-3), operator.inv(5), operator.invert(0))
print(operator.lshift(1, 4), operator.rshift(32, 2), operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2), operator.ge(1, 2), operator.gt(3, 2))
print(operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None))
print(operator.concat([1], [2]), operator.contains('abc', 'b'), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'))
print(operator.index(7), operator.length_hint([1, 2, 3]), operator.length_hint(iter([0] * 5)), operator.length_hint(5, 9))
l = [1, 2, 3]
operator.setitem(l, 0, 'x'); operator.delitem(l, 1); print(l, operator.getitem(l, -1), operator.getitem('hello', slice(1, 3)))
x = [1]
y = operator.iadd(x, [2]); print(x, y is x, operator.iadd(1, 2), operator.imul('a', 3), operator.ior({1}, {2}))
print(operator.call(max, 3, 9), operator.__add__(1, 1), operator.matmul.__name__)
for bad in [lambda: operator.indexOf([1], 5), lambda: operator.index('a'), lambda: operator.concat(1, 2)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

data = [('b', 2, 'x'), ('a', 3, 'y'), ('c', 1, 'z')]
print(sorted(data, key=itemgetter(1)), sorted(data, key=itemgetter(0)))
print(itemgetter(0, 2)(data[0]), itemgetter('k')({'k': 'v'}), itemgetter(slice(0, 2))('hello'))
g = itemgetter(1)
print(g, itemgetter(0, 'a'), attrgetter('real'), attrgetter('x', 'y.z'), methodcaller('split', ','), methodcaller('pad', 1, fill='*'))

class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def dist(self, scale=1):
        return (self.x + self.y) * scale
class Box:
    pass
b = Box(); b.pt = Pt(3, 4)
print(attrgetter('x')(b.pt), attrgetter('pt.y')(b), attrgetter('pt.x', 'pt.y')(b))
print(methodcaller('dist')(b.pt), methodcaller('dist', scale=10)(b.pt), methodcaller('upper')('abc'))
print(list(map(itemgetter(0), data)), max(data, key=itemgetter(2)))
try:
    attrgetter('nope')(b)
except AttributeError as e:
    print(e)
try:
    attrgetter(1)
except TypeError as e:
    print(e)
try:
    itemgetter(5)([1, 2])
except IndexError as e:
    print(e)
print(type(itemgetter(1)).__name__, type(itemgetter(1)).__module__)
