# Deprecated camelCase aliases of threading: same results, DeprecationWarnings on stderr.
import threading
t = threading.Thread(target=lambda: None)
t.setDaemon(True)
print(t.isDaemon(), t.getName())
t.setName("n")
print(threading.currentThread().name, threading.activeCount())
e = threading.Event()
print(e.isSet())
c = threading.Condition()
with c:
    c.notifyAll()
