# deque fast paths and the native heap primitives: same layouts, same errors as CPython
from collections import deque
d = deque(maxlen=3)
for i in range(6): d.append(i)
print(d, d.maxlen)
d.appendleft(9); print(d)
d2 = deque([1, 2, 3])
print(d2.pop(), d2.popleft(), d2, len(d2), bool(d2))
d2.pop()
try: d2.pop()
except IndexError as e: print(e)
try: d2.popleft()
except IndexError as e: print(e)
d0 = deque(maxlen=0); d0.append(1); print(d0)
d3 = deque(range(40))
for _ in range(30): d3.popleft()
print(d3, d3[0], d3[-1])
d3.rotate(3); print(d3)
q = deque([(0, 0)]); seen = {(0, 0)}
while q:
    x, y = q.popleft()
    for nx, ny in ((x + 1, y), (x, y + 1)):
        if nx < 30 and ny < 30 and (nx, ny) not in seen:
            seen.add((nx, ny)); q.append((nx, ny))
print(len(seen))
import heapq
h = [5, 3, 8, 1, 9, 2, 7]
heapq.heapify(h); print(h)
heapq.heappush(h, 0); print(h, heapq.heappop(h), heapq.heapreplace(h, 10), heapq.heappushpop(h, 4), heapq.heappushpop(h, -1), h)
print(heapq.nlargest(3, h), heapq.nsmallest(2, h), list(heapq.merge([1, 4], [2, 3])))
big = [(i * 7919) % 1009 for i in range(2000)]
heapq.heapify(big); print(big[:20])
print([heapq.heappop(big) for _ in range(10)])
for f, a in [(heapq.heappush, ()), (heapq.heappush, ([],)), (heapq.heappop, ()), (heapq.heapify, ()), (heapq.heappop, (1,)), (heapq.heapify, (1,)), (heapq.heapreplace, ([],1)), (heapq.heappushpop, ((),1)), (heapq.heappop, ([],)), (heapq.heappush, ([1],'a'))]:
    try: f(*a)
    except Exception as e: print(type(e).__name__, e)
class Evil:
    def __init__(self, h): self.h = h
    def __lt__(self, o):
        self.h.clear(); return True
hh = [1, 2, 3]
hh.append(Evil(hh))
try: heapq.heappush(hh, Evil(hh))
except RuntimeError as e: print("RuntimeError", e)
hm = [3, 1, 4, 1, 5, 9, 2, 6]
heapq._heapify_max(hm); print(hm, heapq._heappop_max(hm), hm)
from dataclasses import dataclass, field
@dataclass(order=True)
class Task:
    prio: int
    name: str = field(compare=False)
tq = []
for i, n in enumerate("abcde"): heapq.heappush(tq, Task((i * 3) % 5, n))
print([heapq.heappop(tq).name for _ in range(5)])
