# Two threads take turns through a Condition: the output order is fixed by the protocol.
import threading

cond = threading.Condition()
turn = "ping"
log = []


def player(me, other, rounds):
    global turn
    for i in range(rounds):
        with cond:
            cond.wait_for(lambda: turn == me)
            log.append(f"{me} {i}")
            turn = other
            cond.notify_all()


a = threading.Thread(target=player, args=("ping", "pong", 5))
b = threading.Thread(target=player, args=("pong", "ping", 5))
a.start()
b.start()
a.join()
b.join()
print("\n".join(log))

# wait with a timeout that expires, wait_for with a timeout
with cond:
    print(cond.wait(0.01))
    print(cond.wait_for(lambda: False, timeout=0.01))

# notify without holding the lock
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError:", e)

# Condition over a plain Lock; notify(n) wakes exactly n waiters
c2 = threading.Condition(threading.Lock())
ready = threading.Semaphore(0)
woke = threading.Semaphore(0)
woken = []


def waiter(k):
    with c2:
        # Still holding c2: main can notify only once this waiter is inside wait().
        ready.release()
        c2.wait()
        woken.append(k)
    woke.release()


ws = [threading.Thread(target=waiter, args=(k,)) for k in range(4)]
for t in ws:
    t.start()
for _ in ws:
    ready.acquire()
with c2:
    c2.notify(2)
woke.acquire()
woke.acquire()
with c2:
    print("after notify(2):", len(woken))
    c2.notify_all()
for t in ws:
    t.join()
print(sorted(woken))
