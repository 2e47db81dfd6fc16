# A SystemExit raised in finally replaces an exception that was propagating.
import sys
def work():
    try:
        raise ValueError("hidden by exit")
    finally:
        print("cleaning up, then exiting")
        sys.exit(4)
work()
