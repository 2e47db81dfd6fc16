# Producers and consumers connected by queue.Queue, with task_done/join and a bounded queue.
import queue
import threading

q = queue.Queue(maxsize=5)
results = []
results_lock = threading.Lock()


def producer(start):
    for i in range(start, start + 50):
        q.put(i)


def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with results_lock:
            results.append(item * 2)
        q.task_done()


producers = [threading.Thread(target=producer, args=(k * 50,)) for k in range(3)]
consumers = [threading.Thread(target=consumer) for _ in range(2)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
q.join()
print(len(results), sum(results), q.empty(), q.qsize())
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
print(q.unfinished_tasks)

# Empty / Full with timeouts
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
small = queue.Queue(1)
small.put("x")
try:
    small.put("y", timeout=0.01)
except queue.Full:
    print("Full after timeout")
try:
    small.put_nowait("y")
except queue.Full:
    print("Full at once")
print(small.get_nowait())

# a consumer blocked in get() is woken by a later put()
got = []
t = threading.Thread(target=lambda: got.append(q.get()))
t.start()
q.put("hello")
t.join()
print(got)

# LifoQueue, PriorityQueue, SimpleQueue
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in [3, 1, 2]:
    lq.put(x)
    pq.put((x, str(x)))
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])
sq = queue.SimpleQueue()
t = threading.Thread(target=lambda: [sq.put(i) for i in range(5)])
t.start()
print([sq.get() for _ in range(5)])
t.join()
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue empty")
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
