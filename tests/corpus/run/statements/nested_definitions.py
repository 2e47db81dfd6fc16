# Definitions inside control flow: conditional functions/classes, redefinition, definitions in loops.
import sys
if sys.version_info >= (3, 11):
    def feature():
        return "new implementation"
else:
    def feature():
        return "old implementation"
print(feature())
for i in range(3):
    def numbered(i=i):
        return f"function #{i}"
    class Numbered:
        index = i
print(numbered(), Numbered.index)
try:
    class Broken:
        value = 1 / 0
except ZeroDivisionError:
    print("class body failed, Broken defined:", "Broken" in globals())
def redefined():
    return 1
first = redefined
def redefined():
    return 2
print(first(), redefined(), first.__name__ == redefined.__name__, first is not redefined)
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False
with CM():
    def inside_with():
        return "defined inside with"
n = 0
while n < 2:
    class Loop:
        count = n
    n += 1
try:
    def inside_try():
        return "defined inside try"
    raise KeyError
except KeyError:
    def inside_except():
        return "defined inside except"
finally:
    def inside_finally():
        return "defined inside finally"
print(inside_with(), Loop.count, inside_try(), inside_except(), inside_finally())
match 1:
    case 1:
        def inside_match():
            return "defined inside match"
print(inside_match())
