# Exit codes are taken modulo 256 by the OS; a list argument is printed.
import sys
print("exit with [1, 2]")
sys.exit([1, 2])
