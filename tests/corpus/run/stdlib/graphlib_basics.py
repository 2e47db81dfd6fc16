from graphlib import TopologicalSorter, CycleError

graph = {'d': ['b', 'c'], 'b': ['a'], 'c': ['a'], 'e': ['d', 'a']}
print(list(TopologicalSorter(graph).static_order()))
print(tuple(TopologicalSorter({1: [2, 3], 2: [3], 4: []}).static_order()))

ts = TopologicalSorter()
ts.add('compile', 'fetch', 'configure')
ts.add('configure', 'fetch')
ts.add('test', 'compile')
ts.add('package', 'compile', 'docs')
ts.prepare()
rounds = []
while ts.is_active():
    ready = ts.get_ready()
    rounds.append(ready)
    ts.done(*ready)
print(rounds, bool(ts))

for cyclic in [{1: [2], 2: [1]}, {'a': ['b'], 'b': ['c'], 'c': ['a'], 'd': []}, {'x': ['x']}]:
    try:
        TopologicalSorter(cyclic).prepare()
    except CycleError as e:
        print(type(e).__name__, e.args, isinstance(e, ValueError))

ts = TopologicalSorter({'b': ['a']})
for step in [lambda: ts.get_ready(), lambda: ts.done('a'), lambda: ts.is_active()]:
    try:
        step()
    except ValueError as e:
        print('ValueError', e)
ts.prepare()
for step in [lambda: ts.prepare(), lambda: ts.add('c'), lambda: ts.done('b'), lambda: ts.done('zzz')]:
    try:
        step()
    except ValueError as e:
        print('ValueError', e)
print(ts.get_ready())
ts.done('a')
try:
    ts.done('a')
except ValueError as e:
    print('ValueError', e)
print(ts.get_ready(), ts.is_active())
