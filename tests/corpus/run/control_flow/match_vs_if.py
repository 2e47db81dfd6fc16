# The same dispatch logic written with if/elif and with match, compared over many inputs.
def with_if(cmd):
    if isinstance(cmd, tuple) and len(cmd) == 2 and cmd[0] == "move" and isinstance(cmd[1], int):
        return f"move {cmd[1]}"
    elif isinstance(cmd, tuple) and len(cmd) == 3 and cmd[0] == "goto":
        return f"goto {cmd[1]},{cmd[2]}"
    elif cmd in ("quit", "exit"):
        return "quit"
    elif isinstance(cmd, dict) and "say" in cmd:
        return "say " + str(cmd["say"])
    else:
        return "unknown"
def with_match(cmd):
    match cmd:
        case ("move", int(n)):
            return f"move {n}"
        case ("goto", x, y):
            return f"goto {x},{y}"
        case "quit" | "exit":
            return "quit"
        case {"say": text}:
            return "say " + str(text)
        case _:
            return "unknown"
inputs = [("move", 3), ("move", "x"), ("goto", 1, 2), ("goto", 1), "quit", "exit", "stop",
          {"say": "hi", "extra": 1}, {"shout": "x"}, ["move", 4], ("goto", "a", "b"), 42]
for cmd in inputs:
    a, b = with_if(cmd), with_match(cmd)
    print(repr(cmd), "->", a, "|", b, "" if a == b else "<- DIFFERENT")
