"""Task manager with dependencies and priorities; ends with an uncaught KeyError inside nested helpers."""
import heapq
from dataclasses import dataclass, field
from enum import IntEnum


class Pri(IntEnum):
    LOW = 3
    MED = 2
    HIGH = 1


@dataclass(order=True)
class Task:
    pri: Pri
    name: str
    deps: tuple = field(default=(), compare=False)
    cost: int = field(default=1, compare=False)


class Planner:
    def __init__(self, tasks):
        self.tasks = {t.name: t for t in tasks}

    def validate(self):
        for t in self.tasks.values():
            for d in t.deps:
                self.tasks[d]

    def plan(self):
        indeg = {n: len(t.deps) for n, t in self.tasks.items()}
        users = {n: [] for n in self.tasks}
        for t in self.tasks.values():
            for d in t.deps:
                users[d].append(t.name)
        ready = [self.tasks[n] for n, k in indeg.items() if k == 0]
        heapq.heapify(ready)
        order, clock = [], 0
        while ready:
            t = heapq.heappop(ready)
            clock += t.cost
            order.append((clock, t.name, t.pri.name))
            for u in users[t.name]:
                indeg[u] -= 1
                if indeg[u] == 0:
                    heapq.heappush(ready, self.tasks[u])
        if len(order) != len(self.tasks):
            stuck = sorted(n for n, k in indeg.items() if k > 0)
            raise RuntimeError(f"cycle among {stuck}")
        return order


tasks = [Task(Pri.MED, "design", cost=3), Task(Pri.HIGH, "setup", cost=1), Task(Pri.LOW, "docs", ("design",), 2),
         Task(Pri.HIGH, "build", ("setup", "design"), 5), Task(Pri.MED, "test", ("build",), 4),
         Task(Pri.HIGH, "release", ("test", "docs"), 1), Task(Pri.LOW, "party", ("release",), 8)]
p = Planner(tasks)
p.validate()
for clock, name, pri in p.plan():
    print(f"t={clock:>3} {name:<8} {pri}")
cyclic = Planner([Task(Pri.LOW, "a", ("b",)), Task(Pri.LOW, "b", ("c",)), Task(Pri.LOW, "c", ("a",)), Task(Pri.HIGH, "d")])
try:
    cyclic.plan()
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(tasks)[:3])
broken = Planner(tasks + [Task(Pri.MED, "deploy", ("release", "approval"))])
broken.validate()
