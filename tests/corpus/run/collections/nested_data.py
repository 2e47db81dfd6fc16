# Nested data structures: aliasing, copying by hand, equality, deep access.
row = [0] * 3
grid_alias = [row] * 3
grid_alias[0][0] = 1
print(grid_alias)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
def deep_copy(obj):
    if isinstance(obj, dict):
        return {k: deep_copy(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [deep_copy(v) for v in obj]
    if isinstance(obj, tuple):
        return tuple(deep_copy(v) for v in obj)
    return obj
data = {"users": [{"name": "ann", "tags": ["a", "b"]}, {"name": "bob", "tags": []}], "meta": (1, [2])}
copy = deep_copy(data)
copy["users"][0]["tags"].append("c")
copy["meta"][1].append(3)
print(data)
print(copy)
print(data == deep_copy(data), data == copy)
shallow = dict(data)
shallow["users"].append({"name": "cy", "tags": None})
print(len(data["users"]), shallow is data, shallow["users"] is data["users"])
def paths(obj, prefix=()):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from paths(v, prefix + (k,))
    elif isinstance(obj, (list, tuple)):
        for i, v in enumerate(obj):
            yield from paths(v, prefix + (i,))
    else:
        yield prefix, obj
for p, v in paths(data):
    print(p, repr(v))
print([[1, [2]], (3,)] == [[1, [2]], (3,)], [1, [2]] < [1, [3]], ((1, 2), 3) > ((1, 1), 9))
