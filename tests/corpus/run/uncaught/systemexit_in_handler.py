# sys.exit inside an except block: no traceback, exit code from the argument.
import sys
try:
    int("bad")
except ValueError as e:
    print("fatal:", e)
    sys.exit(2)
