# Flag boundaries: STRICT (Flag's default) rejects unknown bits, CONFORM drops them, KEEP keeps them
# (IntFlag's default); a ValueError from _missing_ propagates unchanged.
import enum
from enum import Enum, Flag, IntFlag, STRICT, CONFORM, KEEP


class Perm(Flag):
    R = 4
    W = 2
    X = 1


for v in [8, 7, 0, -1, 12]:
    try:
        print(repr(Perm(v)))
    except ValueError as e:
        print(e)


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


print(repr(Conform(7)), repr(Conform(4)))


class Keep(Flag, boundary=KEEP):
    A = 1


print(repr(Keep(5)))


class Bits(IntFlag):
    A = 1


print(repr(Bits(9)), Bits(9))
print(enum.STRICT, repr(enum.KEEP), list(enum.FlagBoundary))


class Picky(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        raise ValueError(f"no {value}")


try:
    Picky(2)
except ValueError as e:
    print(e, e.__context__)


class Broken(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        raise KeyError(value)


try:
    Broken(3)
except KeyError as e:
    print(repr(e), repr(e.__context__))
