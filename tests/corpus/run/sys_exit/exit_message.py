# sys.exit with a string prints it to stderr and exits with 1.
import sys
print("exiting with message")
sys.exit("fatal: something went wrong")
