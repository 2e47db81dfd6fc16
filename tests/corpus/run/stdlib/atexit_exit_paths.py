import atexit
import sys

counter = {"calls": 0}

def report(label):
    counter["calls"] += 1
    print("exit handler", label, counter["calls"])

atexit.register(report, "one")
atexit.register(report, label="two")

def work():
    print("working")
    sys.exit(3)

try:
    work()
finally:
    print("finally before exit")
