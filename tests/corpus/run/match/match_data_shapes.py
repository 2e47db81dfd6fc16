# Matching nested JSON-like data and tuples returned by functions.
def handle(msg):
    match msg:
        case {"op": "add", "args": [int(a), int(b)]}:
            return a + b
        case {"op": "neg", "args": [int(a)]}:
            return -a
        case {"op": "sum", "args": [*nums]} if all(isinstance(n, int) for n in nums):
            return sum(nums)
        case {"op": "batch", "items": [*items]}:
            return [handle(i) for i in items]
        case {"op": str(op), **rest}:
            return f"unsupported op {op!r} (extra keys: {sorted(rest)})"
        case {"op": op}:
            return f"op must be a string, got {type(op).__name__}"
        case list() | tuple():
            return "sequence at top level"
        case _:
            return "garbage"
msgs = [
    {"op": "add", "args": [2, 3]},
    {"op": "add", "args": [2, "3"]},
    {"op": "neg", "args": [7]},
    {"op": "sum", "args": [1, 2, 3, 4]},
    {"op": "sum", "args": [1, "x"]},
    {"op": "batch", "items": [{"op": "neg", "args": [1]}, {"op": "add", "args": [1, 1]}, 5]},
    {"op": 42},
    [1, 2],
    None,
]
for m in msgs:
    print(handle(m))
def divide(a, b):
    if b == 0:
        return ("err", "division by zero")
    return ("ok", a / b)
for a, b in [(1, 2), (3, 0)]:
    match divide(a, b):
        case ("ok", value):
            print("value", value)
        case ("err", reason):
            print("error", reason)
point = (3, -3)
match point:
    case (x, y) if x == -y:
        print("anti-diagonal", x, y)
    case (x, y):
        print("other", x, y)
match "hello world".split():
    case [greeting, *rest] if greeting.startswith("h"):
        print("greeting", greeting, "rest", rest)
