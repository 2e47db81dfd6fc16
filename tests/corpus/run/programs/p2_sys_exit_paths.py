"""Exit paths: atexit handlers, finally blocks, sys.exit inside nested functions and with objects."""
import atexit
import sys


def goodbye(name, code):
    print(f"atexit: goodbye {name} (exit code was going to be {code})")


atexit.register(goodbye, "first", 3)


@atexit.register
def last_registered():
    print("atexit: runs first (LIFO)")
    sys.stdout.flush()


def unregistered():
    print("never printed")


atexit.register(unregistered)
atexit.unregister(unregistered)


class Job:
    def __init__(self, n):
        self.n = n

    def run(self):
        try:
            if self.n == 3:
                sys.exit(3)
            return self.n * 2
        finally:
            print(f"cleanup job {self.n}")


results = []
for i in range(5):
    try:
        results.append(Job(i).run())
    except SystemExit as e:
        print("caught SystemExit", e.code, type(e.code).__name__, isinstance(e, Exception), isinstance(e, BaseException))
        results.append(None)
print(results)
try:
    sys.exit("string message")
except SystemExit as e:
    print("message exit:", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("bare exit:", e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("tuple exit:", e.code)
try:
    exit(5)
except SystemExit as e:
    print("builtin exit:", e.code)


def deep(n):
    if n == 0:
        try:
            sys.exit(3)
        finally:
            print("finally at depth 0")
    try:
        deep(n - 1)
    finally:
        print(f"finally at depth {n}")


print("exiting now", file=sys.stderr)
deep(2)
print("not reached")
