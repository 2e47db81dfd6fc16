# SystemExit raised deep in calls unwinds through finally and with blocks.
import sys
class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, *exc):
        print("exit sees", exc[0].__name__)
        return False
def deep(n):
    if n == 0:
        sys.exit(42)
    try:
        deep(n - 1)
    finally:
        print("unwinding", n)
with CM():
    deep(3)
