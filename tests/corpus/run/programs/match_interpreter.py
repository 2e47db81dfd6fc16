from dataclasses import dataclass
from enum import Enum

class Op(Enum):
    ADD = "+"
    MUL = "*"

@dataclass
class Num:
    v: float

@dataclass
class Bin:
    op: Op
    l: object
    r: object

@dataclass
class Var:
    name: str

def evaluate(e, env):
    match e:
        case Num(v=v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"unbound {name}")
        case Bin(Op.ADD, l, r):
            return evaluate(l, env) + evaluate(r, env)
        case Bin(op=Op.MUL, l=Num(0)) | Bin(op=Op.MUL, r=Num(0)):
            return 0
        case Bin(Op.MUL, l, r):
            return evaluate(l, env) * evaluate(r, env)
        case _:
            raise TypeError(f"bad node {e!r}")

def simplify(e):
    match e:
        case Bin(Op.ADD, Num(0), x) | Bin(Op.ADD, x, Num(0)):
            return simplify(x)
        case Bin(Op.MUL, Num(1), x) | Bin(Op.MUL, x, Num(1)):
            return simplify(x)
        case Bin(op, l, r):
            return Bin(op, simplify(l), simplify(r))
        case other:
            return other

expr = Bin(Op.ADD, Bin(Op.MUL, Num(1), Var("x")), Bin(Op.ADD, Num(0), Num(4)))
print(evaluate(expr, {"x": 3}), simplify(expr))
print(evaluate(Bin(Op.MUL, Var("nope"), Num(0)), {}))
try:
    evaluate(Var("y"), {})
except NameError as e:
    print("NameError:", e)
try:
    evaluate("str", {})
except TypeError as e:
    print("TypeError:", e)

def classify(cmd):
    match cmd.split():
        case []:
            return "empty"
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"move {d}"
        case ["go", _]:
            return "bad direction"
        case ["take", *items] if items:
            return f"take {', '.join(items)}"
        case ["drop", item, *rest]:
            return f"drop {item} (+{len(rest)})"
        case [verb, *_] if verb.startswith("q"):
            return "quit"
        case _:
            return f"unknown {cmd!r}"
for c in ["", "go north", "go up", "take sword shield", "take", "drop a b c", "quit now", "dance"]:
    print(f"{c!r:22} -> {classify(c)}")

def shape(obj):
    match obj:
        case {"type": "circle", "r": int() | float() as r}:
            return f"circle area {3.14159 * r * r:.2f}"
        case {"type": "rect", "w": w, "h": h, **rest}:
            return f"rect {w}x{h} extra={sorted(rest)}"
        case (x, y):
            return f"point {x},{y}"
        case (x, y, *zs):
            return f"nd point with {len(zs)} extra"
        case str() | bytes():
            return f"text {obj!r}"
        case int(n) if n < 0:
            return "negative"
        case int() | float() as n:
            return f"number {n}"
        case None:
            return "none"
        case [*_]:
            return "list?"
        case _:
            return "other"
for o in [{"type": "circle", "r": 2}, {"type": "rect", "w": 1, "h": 2, "z": 0, "a": 1}, (1, 2), [1, 2, 3, 4], "s", b"b", -5, 2.5, None, {1, 2}, True, {"type": "circle", "r": "x"}]:
    print(shape(o))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
match Point(1, 2):
    case Point(1, y=2):
        print("kw+pos match")
try:
    match Point(1, 2):
        case Point(1, 2, 3):
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
match 42:
    case 0 | 1:
        print("small")
    case x if x > 40:
        print("big", x)
import re
for s in ["2024-01-15", "bad", "1999-12-31"]:
    match re.match(r"(\d{4})-(\d{2})-(\d{2})", s):
        case None:
            print("no date in", s)
        case m:
            y, mo, d = map(int, m.groups())
            print(f"year={y} month={mo} day={d}")
