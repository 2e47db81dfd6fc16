import queue

q = queue.Queue()
for i in range(5):
    q.put(i * i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(3)], q.get_nowait(), q.qsize())
q.get()
try:
    q.get_nowait()
except queue.Empty as e:
    print('Empty', repr(e), isinstance(e, Exception))
try:
    q.get(timeout=0.01)
except queue.Empty:
    print('Empty after timeout')
bounded = queue.Queue(maxsize=2)
bounded.put('a'); bounded.put_nowait('b')
print(bounded.full(), bounded.maxsize)
try:
    bounded.put_nowait('c')
except queue.Full:
    print('Full')
pq = queue.PriorityQueue()
for item in [(3, 'low'), (1, 'urgent'), (2, 'normal'), (1, 'also urgent')]:
    pq.put(item)
print([pq.get() for _ in range(pq.qsize())])
lq = queue.LifoQueue()
for ch in 'abc':
    lq.put(ch)
print([lq.get() for _ in range(3)], lq.empty())
sq = queue.SimpleQueue()
sq.put(1); sq.put(2)
print(sq.get(), sq.qsize(), sq.get_nowait(), sq.empty())
graph = {'a': ['b', 'c'], 'b': ['d'], 'c': ['d', 'e'], 'd': ['f'], 'e': ['f'], 'f': []}
frontier = queue.Queue()
frontier.put(('a', 0))
seen = {'a'}
order = []
while not frontier.empty():
    node, dist = frontier.get()
    order.append((node, dist))
    frontier.task_done()
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            frontier.put((nxt, dist + 1))
frontier.join()
print(order, frontier.unfinished_tasks)
try:
    frontier.task_done()
except ValueError as e:
    print(e)
