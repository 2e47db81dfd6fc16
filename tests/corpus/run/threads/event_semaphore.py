# Event set/clear/wait and Semaphore/BoundedSemaphore limits.
import threading
import time

ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
seen = []


def waiter(k):
    ev.wait()
    seen.append(k)


ts = [threading.Thread(target=waiter, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
time.sleep(0.02)
print("before set:", seen)
ev.set()
for t in ts:
    t.join()
print("after set:", sorted(seen), ev.is_set(), ev.wait())
ev.clear()
print(ev.is_set())

# A semaphore of 2: never more than two workers inside at once, and two do get in together (the two
# holders meet at a barrier of 2 before leaving, so the result does not depend on scheduling).
sem = threading.Semaphore(2)
inside = 0
max_inside = 0
guard = threading.Lock()
pair = threading.Barrier(2)


def limited():
    global inside, max_inside
    with sem:
        with guard:
            inside += 1
            max_inside = max(max_inside, inside)
        pair.wait(timeout=30)
        with guard:
            inside -= 1


ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("max inside:", max_inside)

s = threading.Semaphore(0)
print(s.acquire(blocking=False), s.acquire(timeout=0.01))
s.release(3)
print([s.acquire(blocking=False) for _ in range(4)])
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    s.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
b = threading.BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
