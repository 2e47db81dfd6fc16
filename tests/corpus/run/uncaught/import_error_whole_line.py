# A failed import shows no carets when the statement fills its line (the instruction has the statement's span).
import sys
try:
    x = 1; import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e)
def load():
    from sys import no_such_name
load()
