# Recursive generators: permutations, combinations, powerset, tree walks, all by hand.
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, head in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [head] + rest
def combinations(items, k):
    if k == 0:
        yield []
        return
    for i in range(len(items)):
        for tail in combinations(items[i + 1:], k - 1):
            yield [items[i]] + tail
def powerset(items):
    if not items:
        yield []
        return
    for sub in powerset(items[1:]):
        yield sub
        yield [items[0]] + sub
print(["".join(p) for p in permutations("abc")])
print(list(combinations([1, 2, 3, 4], 2)), len(list(combinations(list(range(10)), 3))))
print(sorted(powerset([1, 2, 3]), key=lambda s: (len(s), s)))
tree = ("root", [("a", [("a1", []), ("a2", [("a2x", [])])]), ("b", [])])
def walk(node, depth=0):
    name, children = node
    yield depth, name
    for child in children:
        yield from walk(child, depth + 1)
for depth, name in walk(tree):
    print("  " * depth + name)
def leaves(node):
    name, children = node
    if not children:
        yield name
    for c in children:
        yield from leaves(c)
print(list(leaves(tree)))
def hanoi(n, src="A", via="B", dst="C"):
    if n:
        yield from hanoi(n - 1, src, dst, via)
        yield (n, src, dst)
        yield from hanoi(n - 1, via, src, dst)
moves = list(hanoi(4))
print(len(moves), moves[:4], moves[-1])
def count_down(n):
    if n < 0:
        return "done"
    yield n
    result = yield from count_down(n - 1)
    return result
g = count_down(3)
print(list(g))
