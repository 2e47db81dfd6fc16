import heapq
from heapq import heappush, heappop, heapify, heapreplace, heappushpop, nlargest, nsmallest, merge

h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heappush(h, x)
print(h, h[0])
print([heappop(h) for _ in range(len(h))], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapify(data); print(data)
print(heapreplace(data, 10), data[0], heappushpop(data, -1), heappushpop(data, 4), data[0])
print(nlargest(3, [1, 8, 2, 9, 3]), nsmallest(2, [1, 8, 2, 9, 3]), nlargest(0, [1]), nsmallest(10, [3, 1]))
words = ['pear', 'fig', 'banana', 'kiwi', 'apple']
print(nlargest(2, words, key=len), nsmallest(3, words, key=len), nsmallest(1, words, key=len))
print(list(merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(merge([], [1], [])), list(merge()))
print(list(merge([9, 5, 1], [8, 4], reverse=True)), list(merge(['a', 'ccc'], ['bb', 'dddd'], key=len)))
tasks = []
for prio, name in [(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'coffee')]:
    heappush(tasks, (prio, name))
print([heappop(tasks) for _ in range(4)])
for bad in [lambda: heappop([]), lambda: heapreplace([], 1), lambda: heappush((), 1), lambda: heapify('abc')]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
ok = True
for trial in range(20):
    items = [(trial * 37 + i * 11) % 23 for i in range(trial)]
    hh = []
    for it in items:
        heappush(hh, it)
    ok = ok and [heappop(hh) for _ in items] == sorted(items)
print(ok)

