# Interleaved stdout/stderr; the goldens capture them separately.
import sys
print("out 1")
print("err 1", file=sys.stderr)
sys.stderr.write("err 2 written\n")
print("out 2")
sys.stdout.write("out 3 no newline")
sys.stdout.write("\n")
print("err 3", 42, sep=":", file=sys.stderr)
