from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
import enum


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXEC


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    JUPITER = (1.9e+27, 7.1492e7)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)


class Ordinal(str, Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)

    FIRST = auto()
    SECOND = auto()


class Color(StrEnum):
    RED = auto()
    GREEN = "g"


@unique
class Status(IntEnum):
    ACTIVE = 1
    INACTIVE = 0
    BANNED = -1

    @classmethod
    def parse(cls, s):
        return cls[s.upper()]

    def __str__(self):
        return self.name.title()


p = Perm.READ | Perm.WRITE
print(p, repr(p), p.value, Perm.RW is p, Perm.READ in p, Perm.EXEC in p, bool(Perm(0)))
print(list(Perm.ALL), len(Perm.ALL), Perm.ALL & ~Perm.WRITE, Perm(5), Perm.ALL ^ Perm.READ)
print(repr(Perm(0)), Perm.RW.name, (Perm.READ | Perm.EXEC).name)
m = Mode.R | Mode.X
print(m, repr(m), int(m), m + 1, Mode(7), Mode.W in Mode(6), repr(Mode(0)), repr(Mode(8 | 4)))
for pl in Planet:
    print(f"{pl.name:8} {pl.surface_gravity:6.2f} {pl.value}")
print(Ordinal.FIRST.value, Ordinal.SECOND, Ordinal("second1"), Color.RED, Color.RED.value, f"{Color.GREEN}", Color.GREEN == "g")
print(Status.parse("banned"), repr(Status.ACTIVE), Status.ACTIVE + 1, sorted(Status), Status(0), f"{Status.ACTIVE}", format(Status.BANNED, "d"))
print(Status.ACTIVE == 1, Status.ACTIVE is Status(1), Status.__members__.keys())
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    Status(5)
except ValueError as e:
    print("ValueError:", e)
try:
    Status.NOPE
except AttributeError as e:
    print("AttributeError:", e)
try:
    Status["nope"]
except KeyError as e:
    print("KeyError:", e)


class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3
    ALIAS_MON = 1

    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]


print(list(Weekday), Weekday.ALIAS_MON, Weekday.WED.next(), Weekday(1).name, list(Weekday.__members__))
print({Weekday.MON: "start"}[Weekday.ALIAS_MON], Weekday.MON < Weekday.TUE if False else "no order")
try:
    Weekday.MON < Weekday.TUE
except TypeError as e:
    print("TypeError:", e)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal["CAT"], type(Animal.ANT))
Shape = Enum("Shape", [("SQUARE", 4), ("TRI", 3)])
print(Shape.TRI, Shape(4))
print(isinstance(Perm.READ, Flag), issubclass(Mode, int), type(Perm).__name__, Perm.READ.__class__.__name__)
print(Perm.READ | 2 if False else Mode.R | 2, Mode.R & 6, ~Mode.R)


class Shade(Enum):
    DARK = "d"
    LIGHT = "l"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None


print(Shade("D"), Shade("l"))
try:
    Shade("x")
except ValueError as e:
    print("ValueError:", e)
print(enum.Enum.__name__, Perm.__members__["RW"], [m.name for m in Perm.__members__.values()])
