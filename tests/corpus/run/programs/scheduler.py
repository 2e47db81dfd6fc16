"""Cooperative task scheduler built on generators."""
import heapq
from collections import deque


class SysCall:
    pass


class Sleep(SysCall):
    def __init__(self, ticks):
        self.ticks = ticks


class Spawn(SysCall):
    def __init__(self, gen, priority=0):
        self.gen, self.priority = gen, priority


class Task:
    _ids = 0

    def __init__(self, gen, priority=0):
        Task._ids += 1
        self.tid = Task._ids
        self.gen = gen
        self.priority = priority
        self.sendval = None
        self.result = None

    def __lt__(self, other):
        return (self.priority, self.tid) < (other.priority, other.tid)

    def __repr__(self):
        return f"<Task {self.tid} {self.gen.__name__} p={self.priority}>"

    def run(self):
        return self.gen.send(self.sendval)


class Scheduler:
    def __init__(self):
        self.ready = []
        self.sleeping = []
        self.tick = 0
        self.finished = []

    def spawn(self, gen, priority=0):
        t = Task(gen, priority)
        heapq.heappush(self.ready, t)
        return t.tid

    def run(self):
        while self.ready or self.sleeping:
            while self.sleeping and self.sleeping[0][0] <= self.tick:
                _, _, task = heapq.heappop(self.sleeping)
                heapq.heappush(self.ready, task)
            if not self.ready:
                self.tick = self.sleeping[0][0]
                continue
            task = heapq.heappop(self.ready)
            try:
                req = task.run()
            except StopIteration as e:
                task.result = e.value
                self.finished.append((self.tick, task.tid, e.value))
                print(f"t={self.tick} task {task.tid} finished -> {e.value!r}")
                continue
            except Exception as e:
                print(f"t={self.tick} task {task.tid} crashed: {type(e).__name__}: {e}")
                continue
            self.tick += 1
            task.sendval = None
            if isinstance(req, Sleep):
                heapq.heappush(self.sleeping, (self.tick + req.ticks, task.tid, task))
            elif isinstance(req, Spawn):
                task.sendval = self.spawn(req.gen, req.priority)
                heapq.heappush(self.ready, task)
            else:
                task.sendval = req
                heapq.heappush(self.ready, task)


def worker(name, n, delay):
    total = 0
    for i in range(n):
        print(f"  {name} step {i}")
        total += i
        yield Sleep(delay)
    return f"{name}:{total}"


def parent():
    child = yield Spawn(worker("child", 2, 1), priority=-1)
    print(f"  parent spawned {child}")
    echoed = yield "ping"
    print(f"  parent got back {echoed!r}")
    yield Sleep(3)
    return "parent done"


def crasher():
    yield Sleep(1)
    raise RuntimeError("boom")


def delegating():
    a = yield from sub(3)
    b = yield from sub(2)
    return a + b


def sub(n):
    acc = 0
    for i in range(n):
        x = yield i
        acc += 1 if x is None else x
    return acc * 10


s = Scheduler()
s.spawn(worker("A", 3, 2))
s.spawn(worker("B", 2, 1), priority=1)
s.spawn(parent())
s.spawn(crasher())
s.spawn(delegating(), priority=5)
s.run()
print("finished order:", [tid for _, tid, _ in s.finished])
print("final tick:", s.tick)


def countdown(n):
    try:
        while n > 0:
            received = yield n
            if received == "reset":
                n = 5
            else:
                n -= 1
    finally:
        print("countdown cleanup")


g = countdown(3)
print(next(g), g.send(None), g.send("reset"), next(g))
g.close()
g2 = countdown(2)
next(g2)
try:
    g2.throw(ValueError("injected"))
except ValueError as e:
    print("propagated:", e)
print(list(countdown(2)))
q = deque(range(5))
q.rotate(2)
print(q, q.maxlen, deque(q, maxlen=3))
