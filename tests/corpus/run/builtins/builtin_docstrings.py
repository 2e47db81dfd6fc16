# Builtin functions, types and methods carry CPython's docstrings and text signatures, which help(),
# pydoc and inspect.signature() read.
import inspect
import math
import collections

for obj in [len, print, divmod, int, str, list.append, [].append, str.split, dict.get, dict.fromkeys,
            int.from_bytes, str.maketrans, math.sqrt, math.gcd, collections.deque, ValueError, KeyError,
            object, type, property, range, enumerate, (1).__add__, bool.__rand__, bytes.__rmul__, open]:
    doc = obj.__doc__
    first = doc.splitlines()[0] if doc else doc
    print(getattr(obj, "__qualname__", obj), "|", first, "|", getattr(obj, "__text_signature__", "-"))

print(bool.__rand__, bytes.__rmul__)
print(str.maketrans.__qualname__, str.maketrans.__module__, [].append.__module__, dict.fromkeys.__module__,
      len.__module__, open.__module__, math.sqrt.__module__)

for fn in [len, sorted, divmod, max, dict.get, {}.get, str.split, "a b".split, int.to_bytes, math.log,
           enumerate, zip, range, map, dict.pop]:
    try:
        print(getattr(fn, "__qualname__", fn), inspect.signature(fn))
    except ValueError as e:
        print("ValueError:", str(e).split(" at 0x")[0])


class MyList(list):
    pass


print(inspect.signature(MyList.append), MyList().append.__doc__)
try:
    inspect.signature(bytes.hex)
except ValueError as e:
    print("ValueError:", e)

help(len)
help(math.gcd)
help(dict.fromkeys)
help([].append)
print(inspect.getdoc(list.sort))
