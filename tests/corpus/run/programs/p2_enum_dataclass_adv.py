"""Advanced enum and dataclass features: StrEnum, _missing_, aliases, unique, IntFlag, kw_only, slots, InitVar."""
from enum import Enum, IntEnum, IntFlag, Flag, StrEnum, auto, unique, verify, UNIQUE, CONTINUOUS
from dataclasses import dataclass, field, InitVar, KW_ONLY, fields, FrozenInstanceError, is_dataclass, make_dataclass
import dataclasses


class Color(StrEnum):
    RED = auto()
    GREEN = auto()
    BLUE = "blue-ish"


print(list(Color), Color.RED == "red", Color.RED.upper(), f"{Color.GREEN}", str(Color.BLUE), repr(Color.BLUE))


class Status(Enum):
    ACTIVE = 1
    INACTIVE = 0
    ENABLED = 1
    UNKNOWN = -1

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls.__members__.get(value.upper(), cls.UNKNOWN)
        return cls.UNKNOWN

    @property
    def is_on(self):
        return self is Status.ACTIVE

    def __str__(self):
        return self.name.title()


print(Status(1), Status.ENABLED is Status.ACTIVE, Status("inactive"), Status(99), Status("zzz"), list(Status))
print(Status.__members__.keys(), Status.ACTIVE.is_on, Status.ENABLED.name, [m.value for m in Status])
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    @verify(CONTINUOUS)
    class Gap(IntEnum):
        A = 1
        C = 3
except ValueError as e:
    print("ValueError:", e)


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), int(rw), Perm.R in rw, Perm.X in rw, rw & 6, rw ^ Perm.R, ~Perm.R, Perm(7), list(Perm(7)))
print(Perm(0), bool(Perm(0)), format(rw, "d"), f"{Perm.W!r}", rw.name, Perm(5).name)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print([(p.name, round(p.gravity, 2)) for p in Planet], Planet.EARTH.value)
try:
    Planet.EARTH = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    Status["nope"]
except KeyError as e:
    print("KeyError:", e)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3), Enum("X", [("a", 5)]).a.value)


class Ordered(IntEnum):
    LOW = 1
    HIGH = 3


print(Ordered.LOW < Ordered.HIGH, sorted([Ordered.HIGH, Ordered.LOW]), Ordered.HIGH + 1, Ordered(3), f"{Ordered.LOW}")


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int = 1


@dataclass
class Job:
    name: str
    _: KW_ONLY
    retries: int = 3
    tags: list = field(default_factory=list)


@dataclass(slots=True)
class Pt:
    x: int
    y: int = 0

    def norm2(self):
        return self.x ** 2 + self.y ** 2


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    secret: InitVar[str] = "pw"
    history: list = field(default_factory=list, repr=False, compare=False)
    id: int = field(init=False, default=0, metadata={"doc": "assigned"})

    def __post_init__(self, secret):
        self.id = len(self.owner) * 100 + len(secret)


print(Options(level=5), Job("build", retries=1), Job("t", tags=["x"]))
try:
    Options(True)
except TypeError as e:
    print("TypeError:", e)
p = Pt(3, 4)
print(p, p.norm2(), Pt.__slots__, hasattr(p, "__dict__"))
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)
a = Account("ann", 10, secret="hunter2")
print(a, a.id, fields(a)[-1].metadata["doc"], [f.name for f in fields(Account)], Account("ann", 10) == a)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)


@dataclass(frozen=True)
class FP:
    x: int


try:
    FP(1).x = 2
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(is_dataclass(FP), is_dataclass(FP(1)), is_dataclass(int), hash(FP(1)) == hash(FP(1)), {FP(1), FP(1)})
D = make_dataclass("D", [("a", int), ("b", str, field(default="z"))], namespace={"twice": lambda self: self.a * 2})
print(D(4), D(4).twice(), dataclasses.astuple(D(1, "q")), dataclasses.asdict(Job("j", tags=[D(1)])))


@dataclass(eq=False)
class Ident:
    v: int


print(Ident(1) == Ident(1), Ident(1).__eq__(Ident(1)), Job.__match_args__, Pt.__match_args__)


@dataclass(order=True)
class Card:
    rank: int
    suit: str = field(compare=False)


print(sorted([Card(10, "h"), Card(2, "s"), Card(10, "a")]), Card(1, "x") == Card(1, "y"))
