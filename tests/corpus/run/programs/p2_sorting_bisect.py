"""Sorting with keys, stability, custom comparisons, bisect, heapq utilities."""
import bisect
import heapq
from operator import itemgetter, attrgetter, methodcaller
from functools import cmp_to_key
from dataclasses import dataclass

people = [("alice", 31, "NYC"), ("bob", 25, "LA"), ("carol", 31, "SF"), ("dave", 25, "NYC"),
          ("eve", 40, "LA"), ("frank", 19, "SF"), ("grace", 31, "LA")]
print(sorted(people, key=itemgetter(1)))
print(sorted(people, key=itemgetter(1, 0), reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[2], p[0])))
by_city = sorted(sorted(people, key=itemgetter(0), reverse=True), key=itemgetter(2))
print([p[0] for p in by_city])
print(min(people, key=itemgetter(1)), max(people, key=lambda p: len(p[0])), max([], default="none"))


@dataclass
class Task:
    pri: int
    name: str
    due: str


tasks = [Task(2, "write", "fri"), Task(1, "test", "mon"), Task(3, "ship", "wed"), Task(1, "plan", "tue")]
print([t.name for t in sorted(tasks, key=attrgetter("pri", "name"))])
print(list(map(methodcaller("upper"), ["a", "b"])), list(map(methodcaller("split", ","), ["a,b", "c"])))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "Éclair", "éclair"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=str.casefold), sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower(), w)))
nums = [5, -3, 0, 12, -7, 3.5, 2]
print(sorted(nums, key=abs), sorted(nums, reverse=True), sorted(map(str, nums)))


def cmp_versions(a, b):
    pa, pb = [int(x) for x in a.split(".")], [int(x) for x in b.split(".")]
    return (pa > pb) - (pa < pb)


print(sorted(["1.10", "1.2", "1.2.1", "0.9", "1.1"], key=cmp_to_key(cmp_versions)))
lst = [3, 1, 2]
lst.sort(key=lambda x: -x)
print(lst, sorted("hello"), sorted({"b": 1, "a": 2}), sorted({3, 1, 2}), sorted((1,)))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError:", e)

grades = [60, 70, 80, 90]
letters = "FDCBA"
for score in [33, 60, 77, 89, 90, 100]:
    print(score, letters[bisect.bisect(grades, score)], bisect.bisect_left(grades, score), bisect.bisect_right(grades, score))
arr = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(arr, x)
print(arr)
recs = [(1, "a"), (3, "c"), (5, "e")]
bisect.insort(recs, (4, "d"))
print(recs, bisect.bisect_left(recs, 3, key=itemgetter(0)), bisect.bisect_right([1, 2, 2, 2, 3], 2, lo=1, hi=4))
bisect.insort_left(recs, (0, "z"), key=None)
print(recs)

h = []
for pri, item in [(5, "low"), (1, "urgent"), (3, "mid"), (1, "also urgent"), (2, "high")]:
    heapq.heappush(h, (pri, item))
print([heapq.heappop(h) for _ in range(len(h))])
data = [7, 2, 9, 4, 1, 8, 3]
heapq.heapify(data)
print(data[0], heapq.nsmallest(3, data), heapq.nlargest(2, data), heapq.nlargest(2, people, key=itemgetter(1)))
print(heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), sorted(data))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge(["b", "a"], ["c"], key=len, reverse=True)))
maxh = []
for v in [3, 1, 4, 1, 5]:
    heapq.heappush(maxh, -v)
print([-heapq.heappop(maxh) for _ in range(3)])


def kth_smallest(matrix, k):
    heap = [(row[0], r, 0) for r, row in enumerate(matrix)]
    heapq.heapify(heap)
    for _ in range(k - 1):
        v, r, c = heapq.heappop(heap)
        if c + 1 < len(matrix[r]):
            heapq.heappush(heap, (matrix[r][c + 1], r, c + 1))
    return heap[0][0]


print(kth_smallest([[1, 5, 9], [10, 11, 13], [12, 13, 15]], 8))
print(sorted(range(10), key=lambda i: (i % 3, -i)), list(reversed(sorted("sharpy"))))
stable = sorted([(1, "b"), (0, "a"), (1, "a"), (0, "b")], key=itemgetter(0))
print(stable)
print(sorted([[3, 2], [1], [3, 1], []]), sorted([(1, 2), (1,), (0, 5)]), sorted(["a", "B", "_", "1"]))
