import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.GREEN), f'{Color.BLUE}', Color.RED.name, Color.RED.value, type(Color.RED))
print(Color(2), Color['BLUE'], Color.CRIMSON is Color.RED, list(Color), len(Color), Color.__members__)
print(type(Color), repr(Color), Color.RED in Color, Color.RED == Color.RED, Color.RED != Color.GREEN)
print(isinstance(Color.RED, Color), isinstance(Color.RED, Enum), [c.name for c in reversed(Color)])
print({Color.RED: 'r'}[Color.CRIMSON], hash(Color.RED) == hash('RED'), Color.RED is Color(1))
for bad in [lambda: Color(9), lambda: Color['PINK'], lambda: Color.RED < Color.BLUE]:
    try:
        bad()
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(e)
try:
    class More(Color):
        PINK = 9
except TypeError as e:
    print(e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print(e)
try:
    @unique
    class Shape(Enum):
        SQUARE = 1
        ALIAS = 1
except ValueError as e:
    print(e)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 2), Planet((3.303e+23, 2.4397e6)))

class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Auto), Auto.D.value)

class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Status.OK, repr(Status.OK), Status.OK == 200, Status.OK + 1, f'{Status.NOT_FOUND}', Status(404), sorted([Status.NOT_FOUND, Status.OK]))
print(isinstance(Status.OK, int), Status.OK < 300, int(Status.NOT_FOUND), str(Status.OK), hash(Status.OK) == hash(200))

class Dir(StrEnum):
    NORTH = auto()
    SOUTH = 'S'
print(Dir.NORTH, repr(Dir.NORTH), Dir.SOUTH == 'S', f'{Dir.SOUTH}!', Dir('S'), Dir.NORTH.upper())

class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), repr(~Perm.R), repr(Perm(0)), bool(Perm(0)), rw & Perm.W)
print(repr(Perm.R | Perm.W | Perm.X), len(rw), Perm(6) is rw, list(Perm))

class Mode(IntFlag):
    READ = 4
    WRITE = 2
m = Mode.READ | Mode.WRITE
print(m, repr(m), m == 6, m | 1, repr(Mode.READ | 8), Mode.READ + 1)

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, repr(Animal))
Http = IntEnum('Http', [('OK', 200), ('GONE', 410)])
print(Http.GONE, repr(Http.OK))

class Weekday(Enum):
    MON = 1
    TUE = 2
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
    def describe(self):
        return f'{self.name.title()} is day {self.value}'
print(Weekday('mon'), Weekday.TUE.describe())
match Color.GREEN:
    case Color.RED:
        print('red')
    case Color.GREEN:
        print('green matched')

class Prop(Enum):
    A = 1
    @property
    def double(self):
        return self.value * 2
    @double.setter
    def double(self, v):
        pass
    def f(self):
        return 1
    def f(self):
        return 2
print(Prop.A.double, Prop.A.f())
try:
    class Clash(Enum):
        A = 1
        def A(self):
            pass
except TypeError as e:
    print(e)
