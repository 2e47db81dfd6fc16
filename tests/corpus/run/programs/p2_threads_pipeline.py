"""Multi-stage thread pipeline with queues and sentinels, results sorted for determinism; thread exceptions."""
import threading
import queue
import time

STOP = object()


def stage(name, inq, outq, fn, stats):
    count = 0
    while True:
        item = inq.get()
        if item is STOP:
            outq.put(STOP)
            break
        try:
            outq.put(fn(item))
            count += 1
        except Exception as e:
            outq.put(("error", name, repr(e)))
    with stats["lock"]:
        stats[name] = count


stats = {"lock": threading.Lock()}
q1, q2, q3 = queue.Queue(), queue.Queue(maxsize=3), queue.Queue()
threads = [
    threading.Thread(target=stage, args=("parse", q1, q2, lambda s: int(s), stats)),
    threading.Thread(target=stage, args=("square", q2, q3, lambda x: x * x if not isinstance(x, tuple) else x, stats)),
]
for t in threads:
    t.start()
for s in ["1", "2", "x", "4", "10", "-3"]:
    q1.put(s)
q1.put(STOP)
out = []
while (item := q3.get()) is not STOP:
    out.append(item)
for t in threads:
    t.join()
print(out)
print({k: v for k, v in stats.items() if k != "lock"})

errors = []


def hook(args):
    errors.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


threading.excepthook = hook
t = threading.Thread(target=lambda: 1 / 0, name="crasher")
t.start()
t.join()
print(errors)
threading.excepthook = threading.__excepthook__

timer_fired = threading.Event()
tm = threading.Timer(0.01, timer_fired.set)
tm.start()
print("timer fired:", timer_fired.wait(2))
c = threading.Timer(5, lambda: print("never"))
c.start()
c.cancel()
c.join()
print("cancelled timer finished:", not c.is_alive())


class Account:
    def __init__(self):
        self.balance = 0
        self.lock = threading.Lock()

    def deposit(self, n):
        with self.lock:
            b = self.balance
            time.sleep(0)
            self.balance = b + n


acct = Account()
ts = [threading.Thread(target=lambda: [acct.deposit(1) for _ in range(200)]) for _ in range(5)]
[t.start() for t in ts]
[t.join() for t in ts]
print("balance:", acct.balance)
print(threading.active_count(), [t.name for t in threading.enumerate()])
sem = threading.Semaphore(2)
active, peak, plock = [0], [0], threading.Lock()


def limited():
    with sem:
        with plock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.005)
        with plock:
            active[0] -= 1


ts = [threading.Thread(target=limited) for _ in range(6)]
[t.start() for t in ts]
[t.join() for t in ts]
print("peak <= 2:", peak[0] <= 2)
print("main continues")
