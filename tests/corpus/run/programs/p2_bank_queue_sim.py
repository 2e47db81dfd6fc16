"""Discrete event simulation of a bank with tellers, using heapq events and seeded random arrivals."""
import heapq
import random
from dataclasses import dataclass, field
from statistics import mean


@dataclass(order=True)
class Ev:
    time: float
    seq: int
    kind: str = field(compare=False)
    cust: int = field(compare=False, default=-1)
    teller: int = field(compare=False, default=-1)


class Sim:
    def __init__(self, tellers, seed, rate, service):
        self.rng = random.Random(seed)
        self.tellers = [None] * tellers
        self.queue = []
        self.events = []
        self.seq = 0
        self.rate, self.service = rate, service
        self.arrive, self.start, self.done = {}, {}, {}
        self.served_by = [0] * tellers

    def push(self, t, kind, **kw):
        self.seq += 1
        heapq.heappush(self.events, Ev(t, self.seq, kind, **kw))

    def run(self, n_customers):
        t = 0.0
        for c in range(n_customers):
            t += self.rng.expovariate(self.rate)
            self.push(t, "arrive", cust=c)
        max_q = 0
        while self.events:
            ev = heapq.heappop(self.events)
            if ev.kind == "arrive":
                self.arrive[ev.cust] = ev.time
                self.queue.append(ev.cust)
            else:
                self.done[ev.cust] = ev.time
                self.tellers[ev.teller] = None
            for i, busy in enumerate(self.tellers):
                if busy is None and self.queue:
                    c = self.queue.pop(0)
                    self.tellers[i] = c
                    self.start[c] = ev.time
                    self.served_by[i] += 1
                    self.push(ev.time + self.rng.uniform(*self.service), "leave", cust=c, teller=i)
            max_q = max(max_q, len(self.queue))
        waits = [self.start[c] - self.arrive[c] for c in self.arrive]
        total = [self.done[c] - self.arrive[c] for c in self.arrive]
        return {"served": len(self.done), "avg_wait": round(mean(waits), 3), "max_wait": round(max(waits), 3),
                "avg_total": round(mean(total), 3), "max_queue": max_q, "per_teller": self.served_by,
                "end": round(max(self.done.values()), 2)}


for tellers in (1, 2, 3, 4):
    res = Sim(tellers, seed=2024, rate=1.2, service=(1.0, 3.0)).run(200)
    print(f"tellers={tellers}: " + ", ".join(f"{k}={v}" for k, v in res.items()))
