# sys.exit(True) exits with 1; the message form prints to stderr.
import sys
try:
    sys.exit(False)
except SystemExit as e:
    print("False ->", repr(e.code))
print("now exiting with True")
sys.exit(True)
