# Guards, or-patterns binding the same names, and evaluation order.
def log(v):
    print("guard sees", v)
    return v
def classify(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"moving {direction}"
        case ["go", _]:
            return "bad direction"
        case ["take", item] if log(item) != "nothing":
            return f"taking {item}"
        case ["take", *_]:
            return "take what?"
        case ["drop", *items] if len(items) > 1:
            return f"dropping {len(items)} things"
        case ["quit" | "exit"]:
            return "bye"
        case [("n" | "s") as short]:
            return f"short {short}"
        case _:
            return "?"
for c in ["go north", "go up", "take lamp", "take nothing", "take", "drop a b c", "drop a", "exit", "n", "dance"]:
    print(repr(c), "->", classify(c))
def pairs(v):
    match v:
        case (x, 0) | (0, x):
            return f"one zero, other {x}"
        case (x, y) | [x, y, *_] if x > y:
            return f"descending {x} {y}"
        case _:
            return "other"
for v in [(5, 0), (0, 7), (3, 1), [9, 2, 0], (1, 3)]:
    print(v, pairs(v))
count = 0
def bump():
    global count
    count += 1
    return False
match 1:
    case 1 if bump():
        pass
    case 1 if bump():
        pass
    case _:
        print("guards evaluated", count)
