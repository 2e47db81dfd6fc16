# TypeError: unhashable type while building a set.
pairs = [(1, 2), (3, 4)]
print(set(pairs))
groups = {[1, 2], [3, 4]}
