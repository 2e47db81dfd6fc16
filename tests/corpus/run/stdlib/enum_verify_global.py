import enum
from enum import Enum, IntEnum, Flag, IntFlag, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, global_enum, show_flag_values, EnumCheck
def attempt(fn):
    try:
        print("ok", fn())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
def a():
    @verify(UNIQUE)
    class A(Enum):
        X = 1
        Y = 1
        Z = 2
        W = 2
def b():
    @verify(CONTINUOUS)
    class B(IntEnum):
        X = 1
        Y = 5
def c():
    @verify(CONTINUOUS)
    class C(Flag):
        A = 1
        D = 8
def d():
    @verify(NAMED_FLAGS)
    class D(Flag):
        A = 1
        B = 2
        AX = 7
        BX = 11
    return D
def e():
    @verify(UNIQUE, CONTINUOUS)
    class E(Enum):
        A = 1
        B = 2
        C = 3
    return list(E)
def f():
    @verify(UNIQUE)
    class F:
        pass
for fn in (a, b, c, d, e, f):
    attempt(fn)
print(list(EnumCheck), show_flag_values(13), repr(UNIQUE), str(CONTINUOUS))
@global_enum
class Mode(IntEnum):
    READ = 1
    WRITE = 2
print(READ, repr(WRITE), Mode.READ, str(READ))
@global_enum
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(R | W), repr(X), str(R | X), repr(Perm(0)))
@global_enum
class Plain(Enum):
    ONE = 1
print(repr(ONE), str(ONE), format(ONE))
