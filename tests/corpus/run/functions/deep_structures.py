# Deeply nested data hits the recursion limit in repr, ==, and user recursion: RecursionError, never a crash.
def nest(depth):
    v = []
    for _ in range(depth):
        v = [v]
    return v
deep = nest(100000)
try:
    repr(deep)
except RecursionError as e:
    print("repr:", type(e).__name__, e)
a, b = nest(100000), nest(100000)
try:
    print(a == b)
except RecursionError as e:
    print("compare:", type(e).__name__, e)
d = {}
cur = d
for _ in range(100000):
    cur["k"] = {}
    cur = cur["k"]
try:
    str(d)
except RecursionError as e:
    print("dict str:", type(e).__name__, e)
def depth(v):
    n = 0
    while v:
        v = v[0]
        n += 1
    return n
print("iterative depth", depth(deep))
def rec_depth(v):
    return 0 if not v else 1 + rec_depth(v[0])
try:
    rec_depth(deep)
except RecursionError as e:
    print("recursive depth:", e)
print(repr(nest(5)), nest(3) == nest(3), nest(3) == nest(4))
