# sys.exit raised inside a generator propagates out of the for loop; finally blocks run.
import sys
def gen():
    try:
        yield 1
        yield 2
        sys.exit(5)
    finally:
        print("generator finally")
for v in gen():
    print("value", v)
print("not reached")
