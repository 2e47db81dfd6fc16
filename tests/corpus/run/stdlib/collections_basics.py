from collections import deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap, UserDict, UserList

d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d, d.maxlen)
print(d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft([9, 8]); print(d)
d.rotate(2); print(d); d.rotate(-3); print(d)
d.remove('a'); d.insert(1, 'new'); d.reverse(); print(d, d.index(2), d.count(2))
d[0] = 'first'; del d[1]; print(d, list(reversed(d)))
bounded = deque(range(5), maxlen=3)
print(bounded, bounded.maxlen); bounded.append(9); print(bounded); bounded.appendleft(-1); print(bounded)
print(deque(), deque([], maxlen=3), deque('xy') == deque('xy'), deque([1]) < deque([2]), deque('ab') + deque('c'), deque([1]) * 3)
q = deque()
for i in range(1000):
    q.append(i)
total = 0
while q:
    total += q.popleft()
print(total, q)
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1]).remove(2),
            lambda: deque([1, 2]).index(7), lambda: deque([1], maxlen=1).insert(0, 2), lambda: deque(maxlen=-1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print(e)

dd = defaultdict(list)
for word in ['apple', 'avocado', 'banana', 'cherry', 'blueberry']:
    dd[word[0]].append(word)
print(dd, dd['z'], len(dd))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, dict(counts), defaultdict(), isinstance(counts, dict), counts.default_factory)
nd = defaultdict(None, {1: 2})
try:
    nd[5]
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(5)
except TypeError as e:
    print(e)
print(dd.copy() == dd, type(dd.copy()).__name__, counts.get('q'), 'q' in counts)

od = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
od.move_to_end('a'); print(od)
od.move_to_end('c', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od, OrderedDict())
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), list(reversed(OrderedDict(x=1, y=2))))
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)

c = Counter('abracadabra')
print(c, c['a'], c['zz'], c.most_common(2), c.total())
print(sorted(c.elements()), Counter(), Counter({'x': 3, 'y': 1}), Counter(cats=4, dogs=8))
c2 = Counter(a=1, b=10)
print(c + c2, c - c2, c | c2, c & c2, +Counter(a=-1, b=2), -Counter(a=-1, b=2))
c.update('aaz'); c.subtract({'b': 5}); print(c, c.most_common(1))
del c['nothing']; print(Counter('aab') == Counter('aba'), Counter(a=1) <= Counter(a=2, b=1))
print(Counter(words := 'the cat the dog the end'.split()).most_common(1), len(words))

Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x + p.y, p[0], p._fields, p._asdict(), p._replace(x=100), Point._make([1, 2]))
x, y = p; print(x, y, p == (11, 22), type(p).__name__, isinstance(p, tuple), Point.__doc__)
Emp = namedtuple('Emp', 'name, dept salary', defaults=['?', 0])
print(Emp('bob'), Emp._field_defaults, Emp('al', 'it', 5))
R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_x'], rename=True)
print(R._fields)
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: namedtuple('Bad', ['class']),
            lambda: namedtuple('Bad', ['a', 'a']), lambda: namedtuple('Bad', ['_a']), lambda: p._replace(z=1),
            lambda: Point._make([1])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
match p:
    case Point(x, y):
        print('matched', x, y)

base = {'color': 'red', 'user': 'guest'}
override = {'user': 'admin'}
cm = ChainMap(override, base)
print(cm, cm['user'], cm['color'], len(cm), sorted(cm), cm.get('nope', 0))
child = cm.new_child(); child['x'] = 1; print(child, child.parents, cm.maps[0])
try:
    del cm['color']
except KeyError as e:
    print('KeyError', e)

ud = UserDict(a=1); ud['b'] = 2; print(ud, len(ud), ud.data)
ul = UserList([3, 1, 2]); ul.sort(); ul.append(4); print(ul, ul[1:], len(ul))
