from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
import enum

class Perm(Flag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXEC

class State(IntEnum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    DONE = auto()

    @property
    def terminal(self):
        return self is State.DONE

class Event(Enum):
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    STOP = "stop"

    def __str__(self):
        return self.value.upper()

TRANSITIONS = {
    (State.IDLE, Event.START): State.RUNNING,
    (State.RUNNING, Event.PAUSE): State.PAUSED,
    (State.PAUSED, Event.RESUME): State.RUNNING,
    (State.RUNNING, Event.STOP): State.DONE,
    (State.PAUSED, Event.STOP): State.DONE,
}

class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.log = []

    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise RuntimeError(f"bad transition {self.state.name} --{event}--> ?")
        new = TRANSITIONS[key]
        self.log.append(f"{self.state!s:>2} {self.state.name:<8} --{event}--> {new.name}")
        self.state = new

m = Machine()
for ev in [Event.START, Event.PAUSE, Event.RESUME, Event.STOP, Event.START]:
    try:
        m.fire(ev)
    except RuntimeError as e:
        print("error:", e)
print("\n".join(m.log))
print(m.state, repr(m.state), m.state.terminal, m.state > State.RUNNING, m.state + 1, int(m.state))
print(list(State), State(2), State["PAUSED"], len(State))
print(f"{State.RUNNING}", f"{State.RUNNING:>5}", format(State.RUNNING, "d"), str(State.DONE))
print(repr(Event.START), str(Event.START), f"{Event.START}", Event("stop"), Event.STOP.value)
try:
    Event("jump")
except ValueError as e:
    print("ValueError:", e)
try:
    State["nope"]
except KeyError as e:
    print("KeyError:", e)

p = Perm.READ | Perm.EXEC
print(p, repr(p), Perm.RW, repr(Perm.ALL), Perm.NONE, repr(Perm(0)))
print(Perm.READ in p, Perm.WRITE in p, bool(Perm.NONE), p & Perm.RW, ~Perm.READ, ~Perm.ALL)
print(list(Perm), list(p), len(p) if hasattr(p, "__len__") else "-", Perm(7), Perm(3).name, p.value)
print([m.name for m in Perm.__members__.values()])
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)

class Mode(IntFlag):
    R = 4
    W = 2
    X = 1
print(Mode.R | Mode.W, repr(Mode(6)), Mode(13), repr(Mode(13)), Mode.R | 8, int(Mode.R | Mode.X), Mode(0))
print(f"{Mode.R | Mode.W}", format(Mode.W, "03b"), Mode.R + 1, isinstance(Mode.R, int))

@unique
class Color(Enum):
    RED = 1
    GREEN = 2
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print(Shape.ALIAS_FOR_SQUARE, list(Shape), Shape(2).name, list(Shape.__members__))

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
for pl in Planet:
    print(f"{pl.name:<8} {pl.gravity:.3f} {pl.value}")

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3))
Seasons = IntEnum("Seasons", [("WINTER", 10), ("SUMMER", 20)])
print(Seasons.SUMMER, repr(Seasons.WINTER), sorted(Seasons, reverse=True))

class Ordered(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    X = auto()
    Y = auto()
print(list(Ordered), Ordered.Y.value)
print(Color.RED == 1, State.IDLE == 1, Color.RED is Color(1), hash(Color.RED) == hash(Color.RED))
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    class More(Color):
        BLUE = 3
except TypeError as e:
    print("TypeError:", e)
print(enum.StrEnum("S", ["a", "b"]).a.upper() if hasattr(enum, "StrEnum") else "")
print(State.__members__.keys(), Perm.__class__.__name__, type(State.IDLE).__mro__)
