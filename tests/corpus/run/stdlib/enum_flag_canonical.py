# Iterating a Flag class, len() and dir() list only single-bit members; multi-bit and zero members
# stay reachable by name and value and name the composite values.
import enum
class Perm(enum.IntFlag):
    NONE = 0
    R = 4
    W = 2
    X = 1
    RWX = 7
print(list(Perm), len(Perm), Perm.RWX, repr(Perm(7)), repr(Perm(6)), Perm.NONE, repr(Perm(0)))
print(list(Perm.__members__), [m.name for m in Perm.RWX])
class Color(enum.Flag):
    RED = enum.auto()
    BLUE = enum.auto()
    PURPLE = RED | BLUE
    GREEN = enum.auto()
print(list(Color), len(Color), Color.PURPLE, repr(Color(3)), Color.GREEN.value, Color.RED in Color.PURPLE)
print(dir(Color))
print(list(reversed(Color)), ~Color.RED, Color['PURPLE'] is Color(3))
try: Color(16)
except ValueError as e: print(e)
