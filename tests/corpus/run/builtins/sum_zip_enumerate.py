# sum, zip, enumerate, map, filter, reversed.
print(sum([1, 2, 3]), sum([], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(1, 11), start=100))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(list(zip([1, 2, 3], "abc")), list(zip()), list(zip([1, 2], [3])), list(zip(range(3))))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
pairs = [(1, "one"), (2, "two")]
nums, names = zip(*pairs)
print(nums, names)
print(list(enumerate("abc")), list(enumerate([10, 20], start=-1)), list(enumerate([], 5)))
print(list(map(str, [1, 2])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, [1], [2], [3, 4])))
print(list(filter(None, [0, 1, "", "x", [], [0]])), list(filter(lambda v: v > 2, range(6))))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
class Rev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 100
print(list(reversed(Rev())))
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
m = map(abs, [-1, -2])
print(type(m).__name__, next(m), list(m))
e = enumerate("xy")
print(type(e).__name__, next(e), next(e))
print(sum([1, 2.5, True]), sum([2 ** 64, 2 ** 64]), sum((i * i for i in range(5))))
