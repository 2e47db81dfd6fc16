# CPU-bound threads must take turns: each spins until the other has made progress, which only
# ends if the interpreter switches between them (the GIL's switch interval).
import sys
import threading

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError:", e)

progress = [0, 0]


def spinner(me, other):
    # Run until the other thread has advanced a lot as well.
    while progress[other] < 20000:
        progress[me] += 1
    # Keep counting a bit so the other also sees us pass the mark.
    while progress[me] < 20000:
        progress[me] += 1


a = threading.Thread(target=spinner, args=(0, 1))
b = threading.Thread(target=spinner, args=(1, 0))
a.start()
b.start()
a.join()
b.join()
print(progress[0] >= 20000, progress[1] >= 20000)

# The main thread runs Python code while a worker computes.
done = threading.Event()
total = []
w = threading.Thread(target=lambda: (total.append(sum(i * i for i in range(200000))), done.set()))
w.start()
count = 0
while not done.is_set():
    count += 1
w.join()
print(total, count > 0)
sys.setswitchinterval(0.005)

# time.sleep releases the GIL: a sleeping thread does not block the others.
import time
order = []
s = threading.Thread(target=lambda: (time.sleep(0.2), order.append("sleeper")))
s.start()
order.append("main")
s.join()
print(order)
