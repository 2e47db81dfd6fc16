"""Structural pattern matching: class patterns, __match_args__, mappings, sequences, guards, or-patterns."""
from dataclasses import dataclass
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


@dataclass
class Point:
    x: float
    y: float


@dataclass
class Circle:
    center: Point
    r: float


@dataclass
class Line:
    a: Point
    b: Point
    color: Color = Color.RED


class Legacy:
    __match_args__ = ("kind", "payload")

    def __init__(self, kind, payload):
        self.kind, self.payload = kind, payload


def describe(obj):
    match obj:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y-axis at {y}"
        case Point(x, 0) if x > 0:
            return f"positive x-axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point():
            return f"point {obj.x},{obj.y}"
        case Circle(Point(0, 0), r):
            return f"centered circle r={r}"
        case Circle(center=Point(x, y), r=r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(c, r):
            return f"circle at {c} r={r}"
        case Line(Point(x1, y1), Point(x2, y2), color=Color.BLUE | Color.GREEN as col):
            return f"{col.name.lower()} line {x1},{y1}->{x2},{y2}"
        case Line(a, b):
            return f"red line {a.x}->{b.x}"
        case Legacy("msg", str(text)):
            return f"legacy message {text!r}"
        case Legacy(kind, payload=[first, *rest]):
            return f"legacy {kind} list first={first} rest={rest}"
        case Legacy():
            return "other legacy"
        case _:
            return f"unknown {obj!r}"


def command(cmd):
    match cmd.split():
        case []:
            return "empty"
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"going {d}"
        case ["go", other]:
            return f"can't go {other}"
        case ["take", *items] if items:
            return "taking " + " and ".join(items)
        case ["say", *words]:
            return "saying " + repr(" ".join(words))
        case [single]:
            return f"single word {single}"
        case [first, second, *_]:
            return f"starts with {first} {second}"


def event(e):
    match e:
        case {"type": "click", "pos": (x, y), **rest}:
            return f"click at {x},{y} extra={sorted(rest)}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"key {k}"
        case {"type": "key", "key": k}:
            return f"special key {k}"
        case {"type": t}:
            return f"event {t}"
        case {}:
            return "empty mapping"
        case [int() | float() as n, *_]:
            return f"numeric list starting {n}"
        case (1, 2, 3):
            return "exact 123"
        case str() | bytes():
            return f"text {e!r}"
        case int(n) if n < 0:
            return "negative"
        case bool(b):
            return f"bool {b}"
        case int(n):
            return f"int {n}"
        case None:
            return "none"
        case _:
            return "other"


for o in [Point(0, 0), Point(0, 5), Point(3, 0), Point(-3, 0), Point(2, 2), Point(1, 2),
          Circle(Point(0, 0), 1), Circle(Point(1, 1), 20), Circle(Point(1, 1), 2),
          Line(Point(0, 0), Point(1, 1), Color.GREEN), Line(Point(0, 0), Point(2, 2)),
          Legacy("msg", "hi"), Legacy("msg", 5), Legacy("data", [1, 2, 3]), Legacy("x", ()), 42]:
    print(describe(o))
for c in ["", "go north", "go up", "take sword shield", "take", "say hello there", "look", "a b c d"]:
    print(repr(c), "->", command(c))
for e in [{"type": "click", "pos": (1, 2), "button": 1, "mods": []}, {"type": "key", "key": "a"},
          {"type": "key", "key": "Enter"}, {"type": "scroll"}, {}, {"other": 1}, [1.5, 2], [2], (1, 2, 3),
          [1, 2, 3], "s", b"b", -5, True, 7, None, 3.5]:
    print(e, "->", event(e))

match Color.BLUE:
    case Color.RED:
        print("red")
    case Color.BLUE:
        print("blue matched by value pattern")

x = 5
match x:
    case 1 | 2 | 3:
        print("small")
    case n if n % 2:
        print("odd", n)
try:
    match Point(1, 2):
        case Legacy(a, b, c):
            pass
except TypeError as e:
    print("TypeError:", e)


class NoArgs:
    pass


try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
