# join with a timeout, daemon threads left running at exit, and a non-daemon thread outliving main.
import atexit
import threading

gate = threading.Event()
t = threading.Thread(target=gate.wait, name="slow")
t.start()
t.join(timeout=0.02)
print("after timed join:", t.is_alive())
gate.set()
t.join()
print("after join:", t.is_alive())

# A daemon thread blocked forever does not keep the process alive.
forever = threading.Event()
d = threading.Thread(target=forever.wait, daemon=True)
d.start()
print("daemon alive:", d.is_alive(), d.daemon)

# Threads created by a daemon thread are daemons too.
kinds = []
def spawner():
    child = threading.Thread(target=lambda: None)
    kinds.append(child.daemon)
s = threading.Thread(target=spawner, daemon=True)
s.start()
s.join()
print("child of daemon is daemon:", kinds)

# The interpreter waits for this non-daemon thread before running atexit callbacks.
release = threading.Event()


def late():
    release.wait()
    for i in range(3):
        print("late worker", i)


atexit.register(lambda: print("atexit runs after the worker"))
threading.Thread(target=late).start()
print("main body ends")
release.set()
