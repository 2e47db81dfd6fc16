"""bisect for grade tables and interval lookup; heapq merge/nsmallest; event simulation."""
import bisect
import heapq
from dataclasses import dataclass, field

def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in (33, 99, 77, 70, 89, 90, 100, 60)])

ranges = [(0, "free"), (1000, "basic"), (5000, "pro"), (20000, "enterprise")]
keys = [r[0] for r in ranges]
for usage in (0, 999, 1000, 7500, 10**6):
    print(usage, ranges[bisect.bisect_right(keys, usage) - 1][1])

sorted_list = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(sorted_list, x)
print(sorted_list, bisect.bisect_left(sorted_list, 5), bisect.bisect_right(sorted_list, 5))
recs = [("apple", 3), ("fig", 1), ("kiwi", 7)]
print(bisect.bisect_left(recs, 4, key=lambda r: r[1]))
bisect.insort(recs, ("date", 5), key=lambda r: r[1])
print(recs)
try:
    bisect.bisect([1, 2], 1, lo=-1)
except ValueError as e:
    print("ValueError:", e)

@dataclass(order=True)
class Event:
    time: float
    seq: int
    name: str = field(compare=False)
    action: object = field(compare=False, repr=False, default=None)

class Sim:
    def __init__(self):
        self.q = []
        self.now = 0.0
        self.seq = 0
        self.log = []
    def at(self, delay, name, action=None):
        self.seq += 1
        heapq.heappush(self.q, Event(self.now + delay, self.seq, name, action))
    def run(self, until):
        while self.q and self.q[0].time <= until:
            ev = heapq.heappop(self.q)
            self.now = ev.time
            self.log.append(f"t={self.now:5.1f} {ev.name}")
            if ev.action:
                ev.action(self)

def customer(i):
    def arrive(sim):
        sim.at(2.5, f"customer {i} served")
        if i < 4:
            sim.at(1.5, f"customer {i + 1} arrives", customer(i + 1))
    return arrive

s = Sim()
s.at(0, "customer 1 arrives", customer(1))
s.at(3, "coffee break")
s.at(3, "phone rings")
s.run(until=8)
print("\n".join(s.log))
print("pending:", sorted(s.q))
a, b, c = [1, 4, 9], [2, 3, 10], [0, 11]
print(list(heapq.merge(a, b, c)), list(heapq.merge(["b", "Cc"], ["A", "dd"], key=str.lower)))
data = [(3, "c"), (1, "a"), (2, "b"), (5, "e"), (4, "d")]
print(heapq.nsmallest(2, data), heapq.nlargest(2, data, key=lambda t: t[1]))
h = [5, 3, 8, 1]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), h)
mh = []
for x in [3, 1, 4]:
    heapq.heappush(mh, -x)
print([-heapq.heappop(mh) for _ in range(3)])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
try:
    heapq.heappush([1], "x")
except TypeError as e:
    print("TypeError:", e)
