# list.sort empties the list while it sorts: a key function that mutates it is reported as
# "list modified during sort", unless the sort itself failed first (that error wins).
items = [3, 1, 2]
try:
    items.sort(key=lambda v: items.append(v))
except Exception as e:
    print(type(e).__name__, e)
print(items)

items = [3, 1, 2]
def key(v):
    items.append(v)
    return v
try:
    items.sort(key=key)
except Exception as e:
    print(type(e).__name__, e)
print(items)

items = [3, 1, 2]
def failing_key(v):
    items.append(v)
    if v == 2:
        raise KeyError(v)
    return v
try:
    items.sort(key=failing_key)
except Exception as e:
    print(type(e).__name__, e)
print(items)

class Loud:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        data.append(self)
        return self.v < other.v
    def __repr__(self):
        return f'Loud({self.v})'
data = [Loud(2), Loud(1)]
try:
    data.sort()
except ValueError as e:
    print(e)
print(data)
