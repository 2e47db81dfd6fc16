# threading.local: each thread sees its own attributes; subclass __init__ runs per thread.
import threading

data = threading.local()
data.value = "main"
results = {}
lock = threading.Lock()


def worker(name):
    print_missing = not hasattr(data, "value")
    data.value = name
    for _ in range(1000):
        pass
    with lock:
        results[name] = (print_missing, data.value)


ts = [threading.Thread(target=worker, args=(f"t{k}",)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results.items()))
print(data.value)


class Counter(threading.local):
    def __init__(self, start):
        self.count = start

    def bump(self):
        self.count += 1
        return self.count


c = Counter(10)
c.bump()
out = []
t = threading.Thread(target=lambda: out.append((c.bump(), c.bump())))
t.start()
t.join()
print(c.count, out)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
del data.value
print(hasattr(data, "value"))
