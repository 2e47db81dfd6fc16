# The forms of import statement, exercised with the sys module only.
import sys
import sys as system
from sys import maxsize, version_info as vi
from sys import (
    byteorder,
    getrecursionlimit as limit,
)
print(system is sys, maxsize == sys.maxsize, vi is sys.version_info, byteorder == sys.byteorder, limit())
def local_import():
    import sys as inner_sys
    from sys import argv
    return inner_sys is sys, argv, "inner_sys" in locals()
print(local_import())
print("argv" in globals(), "system" in globals(), "vi" in globals())
class WithImport:
    import sys as class_sys
    from sys import maxsize as class_maxsize
print(WithImport.class_sys is sys, WithImport.class_maxsize == maxsize)
try:
    from sys import definitely_not_there
except ImportError as e:
    print("ImportError:", e, "| name:", e.name)
try:
    import sys.nothing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
print(type(sys).__name__, sys.__name__, sys is sys.modules["sys"])
del system
print("system" in globals(), "sys" in globals())
