"""Threads with locks, conditions, queues and a thread pool; output is made deterministic."""
import threading
import queue
from concurrent.futures import ThreadPoolExecutor, as_completed


class Counter:
    def __init__(self):
        self.value = 0
        self.lock = threading.Lock()

    def add(self, n):
        with self.lock:
            self.value += n


c = Counter()
threads = [threading.Thread(target=lambda: [c.add(1) for _ in range(1000)]) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", c.value)

# Producer/consumer via queue.Queue with sentinel
q = queue.Queue()
results = []
res_lock = threading.Lock()


def worker(wid):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with res_lock:
            results.append((item, item ** 2))
        q.task_done()


workers = [threading.Thread(target=worker, args=(i,), name=f"w{i}") for i in range(4)]
for w in workers:
    w.start()
for i in range(20):
    q.put(i)
for _ in workers:
    q.put(None)
q.join()
for w in workers:
    w.join()
print("results:", sorted(results)[:5], "...", len(results))
print("names:", sorted(w.name for w in workers), any(w.is_alive() for w in workers))

# Condition variable: ping-pong in strict alternation
cond = threading.Condition()
turn = ["ping"]
log = []


def player(me, other, n):
    for i in range(n):
        with cond:
            cond.wait_for(lambda: turn[0] == me)
            log.append(f"{me}{i}")
            turn[0] = other
            cond.notify_all()


a = threading.Thread(target=player, args=("ping", "pong", 4))
b = threading.Thread(target=player, args=("pong", "ping", 4))
a.start(); b.start(); a.join(); b.join()
print(" ".join(log))

# Thread pool
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


with ThreadPoolExecutor(max_workers=3) as ex:
    futs = {ex.submit(fib, n): n for n in range(15, 22)}
    out = {}
    for f in as_completed(futs):
        out[futs[f]] = f.result()
    print("fibs:", [out[k] for k in sorted(out)])
    print("map:", list(ex.map(lambda s: s.upper(), ["a", "b", "c"])))
    bad = ex.submit(lambda: 1 / 0)
    try:
        bad.result()
    except ZeroDivisionError as e:
        print("future raised:", e, bad.done(), type(bad.exception()).__name__)

# Barrier + Event + local
barrier = threading.Barrier(3)
ev = threading.Event()
local = threading.local()
arrivals = []
al = threading.Lock()


def runner(i):
    local.ident = i
    idx = barrier.wait()
    with al:
        arrivals.append(local.ident)
    ev.wait()


ts = [threading.Thread(target=runner, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
while True:
    with al:
        if len(arrivals) == 3:
            break
ev.set()
for t in ts:
    t.join()
print("arrivals:", sorted(arrivals), "event set:", ev.is_set())

rl = threading.RLock()


def recursive(n):
    with rl:
        return 0 if n == 0 else n + recursive(n - 1)


print("rlock recursion:", recursive(50))
sem = threading.BoundedSemaphore(2)
sem.acquire(); sem.acquire()
print("nonblocking acquire:", sem.acquire(blocking=False))
sem.release(); sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)
print("main thread:", threading.current_thread().name, threading.main_thread() is threading.current_thread())
t = threading.Thread(target=lambda: None, daemon=True)
print("daemon:", t.daemon, t.is_alive())
lq = queue.LifoQueue(); pq = queue.PriorityQueue()
for x in [3, 1, 2]:
    lq.put(x); pq.put((x, str(x)))
print([lq.get() for _ in range(3)], [pq.get()[1] for _ in range(3)])
try:
    queue.Queue(maxsize=1).get_nowait()
except queue.Empty:
    print("queue empty")
