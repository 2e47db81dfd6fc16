# Thread objects: names, repr, daemon flag, identity, errors, subclasses and current_thread.
import threading


def work(a, b=0):
    results.append((threading.current_thread().name, a + b))


results = []
main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon, main.is_alive())
print(repr(main).startswith("<_MainThread(MainThread, started "))
t = threading.Thread(target=work, args=(1,), kwargs={"b": 2})
print(t.name, repr(t), t.ident, t.native_id, t.is_alive(), t.daemon)
t.start()
t.join()
print(results, t.is_alive(), repr(t).startswith("<Thread(" + t.name + ", stopped "))
print(isinstance(t.ident, int), t.ident != main.ident, isinstance(t.native_id, int))

try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
u = threading.Thread(target=work, args=(5,), name="worker-u", daemon=True)
print(u.name, u.daemon, repr(u))
try:
    u.join()
except RuntimeError as e:
    print("RuntimeError:", e)
u.start()
u.join()
try:
    u.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    main.join()
except RuntimeError as e:
    print("RuntimeError:", e)
u.name = 42
print(repr(u.name))


class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = None

    def run(self):
        self.result = sum(range(self.n))


w = Worker(100)
print(repr(w))
w.start()
w.join()
print(w.result)

# names: Thread-N counts every unnamed thread; functools.partial targets have no __name__
import functools
p = threading.Thread(target=functools.partial(work, 1))
print(p.name)
print(threading.Thread().name, threading.Thread(name="x").name)

# current_thread() inside threads, enumerate / active_count
seen = []
gate = threading.Event()


def record():
    seen.append(threading.current_thread().name)
    gate.wait()


ts = [threading.Thread(target=record, name=f"rec{k}") for k in range(3)]
for x in ts:
    x.start()
while len(seen) < 3:
    pass
print(threading.active_count(), sorted(th.name for th in threading.enumerate()))
gate.set()
for x in ts:
    x.join()
print(sorted(seen), threading.active_count())
print(threading.get_ident() == main.ident, threading.TIMEOUT_MAX > 1e6)
print(threading.ThreadError is RuntimeError, type(threading.Lock()).__name__, type(threading.RLock()).__name__)
