import pprint
from collections import OrderedDict, defaultdict, Counter, deque

data = {'name': 'Sharpy', 'versions': list(range(30)), 'nested': {'z': [1, 2, {'deep': ('a', 'b')}], 'a': None},
        'matrix': [[i * j for j in range(8)] for i in range(5)], 'flags': {3, 1, 2}, 'single': (1,), 'empty': {}}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60, sort_dicts=False)
pprint.pprint(data, depth=2)
pprint.pprint(list(range(40)), compact=True, width=50)
pprint.pprint(['word ' * 3] * 6, width=30)
long_text = 'The quick brown fox jumps over the lazy dog. ' * 4
pprint.pprint(long_text, width=50)
pprint.pprint({'text': long_text, 'lines': 'first line\nsecond line that is a bit longer\n' * 2}, width=45)
pprint.pprint(set(range(25)), width=30)
pprint.pprint(frozenset('abcdefghijklmnopqrstuv'), width=30)
pprint.pprint(OrderedDict((f'key{i}', i) for i in range(8)), width=40)
dd = defaultdict(list, {'x': list(range(12)), 'y': ['a'] * 10})
pprint.pprint(dd, width=40)
pprint.pprint(Counter('mississippi river banks'), width=30)
pprint.pprint(deque(range(20), maxlen=30), width=30)
pprint.pprint(deque(range(20)), width=30)
rec = [1, 2]
rec.append(rec)
print(pprint.saferepr(rec).startswith('[1, 2, <Recursion on list with id='), pprint.isrecursive(rec), pprint.isreadable(rec))
print(pprint.pformat({'b': 1, 'a': [1, 2]}), pprint.saferepr({'b': (1,), 'a': 'x'}), pprint.isreadable({'a': 1}))
pprint.pp({'z': 1, 'a': 2, 'm': list(range(25))}, width=30)
print(pprint.pformat([{'id': i, 'tags': ['t'] * i} for i in range(6)], width=50))
printer = pprint.PrettyPrinter(indent=2, width=20)
printer.pprint({'alpha': [1, 2, 3], 'beta': {'gamma': 'delta'}})
print(printer.pformat((1, (2, (3, (4, (5, (6,))))))))
