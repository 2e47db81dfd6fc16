# Four threads increment a shared counter under a lock: the total must be exact.
import threading

counter = 0
lock = threading.Lock()


def work(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


threads = [threading.Thread(target=work, args=(100_000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
print(lock.locked(), [t.is_alive() for t in threads])

# A list shared without a lock: appends are atomic under the GIL.
items = []


def appender(base):
    for i in range(1000):
        items.append(base + i)


threads = [threading.Thread(target=appender, args=(k * 1000,)) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(items), sorted(items) == list(range(3000)))

# acquire/release by hand, non-blocking acquire, timeout
lk = threading.Lock()
print(lk.acquire(), lk.acquire(False), lk.acquire(timeout=0.01))
lk.release()
print(lk.acquire(blocking=False))
lk.release()
