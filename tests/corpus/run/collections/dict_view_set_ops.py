# dict views combined with any iterable (both sides), and compared with sets.
d = {'a': 1, 'b': 2, 'c': 3}
print(d.keys() - ['a'], d.keys() & ['b', 'x'], d.keys() | ['z'], d.keys() ^ ['a', 'q'], ['a'] - d.keys() if False else None)
print(sorted(d.items() - [('a', 1)]), d.keys() == {'a', 'b', 'c'}, d.keys() <= {'a', 'b', 'c', 'd'}, d.keys().isdisjoint(['x']))
print(['a', 'x'] - d.keys(), {'b'} | d.keys(), ('c',) & d.keys(), d.items() >= {('a', 1)}, d.keys() > {'a'}, d.keys() != ['a', 'b', 'c'])
try: d.keys() - 1
except TypeError as e: print("TypeError", e)
