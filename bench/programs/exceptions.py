# Exception-heavy control flow: raise/catch in the same frame, across frames, finally blocks.
class Miss(Exception):
    pass


def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        return -1


def deep(n):
    if n == 0:
        raise Miss(n)
    try:
        return deep(n - 1)
    finally:
        pass


d = {i: i for i in range(0, 1000, 2)}
hits = misses = 0
for _ in range(200):
    for k in range(1000):
        if lookup(d, k) < 0:
            misses += 1
        else:
            hits += 1
caught = 0
for _ in range(20000):
    try:
        deep(5)
    except Miss:
        caught += 1
print(hits, misses, caught)
