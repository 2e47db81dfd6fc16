# sys.exit(256) wraps to 0 at the OS level.
import sys
print("exit 256")
sys.exit(256)
