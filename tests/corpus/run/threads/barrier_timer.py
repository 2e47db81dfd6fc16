# Barrier (with action, abort, reset) and Timer (fires, cancel).
import threading

actions = []
barrier = threading.Barrier(3, action=lambda: actions.append("tripped"))
indices = []
lock = threading.Lock()


def party():
    i = barrier.wait()
    with lock:
        indices.append(i)


ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(indices), actions, barrier.parties, barrier.n_waiting, barrier.broken)

# a waiter times out: the barrier breaks
b2 = threading.Barrier(2)
try:
    b2.wait(timeout=0.01)
except threading.BrokenBarrierError:
    print("broken after timeout:", b2.broken)
b2.reset()
print("after reset:", b2.broken)

# abort wakes a waiter with BrokenBarrierError
b3 = threading.Barrier(2)
errors = []


def w():
    try:
        b3.wait()
    except threading.BrokenBarrierError as e:
        errors.append(type(e).__name__)


t = threading.Thread(target=w)
t.start()
while b3.n_waiting == 0:
    pass
b3.abort()
t.join()
print(errors, issubclass(threading.BrokenBarrierError, RuntimeError))

# Timer
fired = threading.Event()
out = []
tm = threading.Timer(0.01, lambda x, y=0: (out.append(x + y), fired.set()), args=(40,), kwargs={"y": 2})
tm.start()
print(fired.wait(5), out)
tm.join()
t2 = threading.Timer(10, lambda: out.append("never"))
t2.start()
t2.cancel()
t2.join()
print(out, t2.is_alive(), t2.finished.is_set())
