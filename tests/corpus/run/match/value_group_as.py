# Value patterns (dotted names), group patterns and as-patterns.
class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"
class Cfg:
    class Mode:
        FAST = 1
        SLOW = 2
def paint(c):
    match c:
        case Color.RED:
            return "warm"
        case Color.GREEN | Color.BLUE:
            return "cool"
        case (Cfg.Mode.FAST):
            return "fast mode"
        case _:
            return "unknown"
for c in ["red", "green", "blue", 1, 2]:
    print(c, paint(c))
def shape(p):
    match p:
        case (1 | 2) as small:
            return f"small {small}"
        case [x, y] as pair:
            return f"pair {pair} x={x} y={y}"
        case ((a, b) | [a, b, _]) as seq:
            return f"seq {seq} a={a} b={b}"
        case str() as s:
            return f"string {s}"
        case _:
            return "no match"
for p in [1, 2, [3, 4], (5, 6, 7), "txt", 8.5]:
    print(repr(p), "->", shape(p))
match 10:
    case (x):
        print("parenthesized capture", x)
