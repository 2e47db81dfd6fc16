# sys.exit(-1) becomes 255.
import sys
print("exit -1")
sys.exit(-1)
