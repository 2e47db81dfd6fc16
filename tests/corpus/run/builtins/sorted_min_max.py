# sorted, min, max with key/default/reverse.
data = [5, 2, 8, -1, 9, 3]
print(sorted(data), sorted(data, reverse=True), sorted(data, key=lambda v: (v % 3, v)))
print(min(data), max(data), min(3, 1, 2), max("apple", "fig", "kiwi", key=len), min("apple", "fig", "kiwi", key=len))
print(min([], default="empty"), max([], default=None), max([1], default=5))
print(max([(1, "b"), (1, "a"), (0, "z")]), min({3: "x", 1: "y"}), max("hello"))
print(max([2, 5, 5, 1], key=lambda v: -v), max([-3, 3], key=abs), min([-3, 3], key=abs))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max()
except TypeError as e:
    print("TypeError:", e)
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
words = ["Banana", "apple", "cherry", "date"]
print(sorted(words, key=str.casefold), sorted(words, key=lambda w: w[-1]), sorted(map(len, words)))
print(sorted(range(10), key=lambda v: v % 2 == 0))
print(sorted([[3, 1], [2], [1, 5, 0]], key=sum), sorted([[3, 1], [2], [1, 5, 0]], key=len, reverse=True))
