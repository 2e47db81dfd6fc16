# Mapping patterns with **rest and key lookups.
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest} if rest:
            return f"key {k} with extras {rest}"
        case {"type": "key", "key": k}:
            return f"plain key {k}"
        case {"type": t}:
            return f"unknown event type {t}"
        case {}:
            return "empty-ish mapping"
        case _:
            return "not a mapping"
events = [
    {"type": "click", "pos": (3, 4)},
    {"type": "key", "key": "a", "mod": "shift", "repeat": 2},
    {"type": "key", "key": "b"},
    {"type": "key", "key": 5},
    {"type": "scroll"},
    {"other": 1},
    [("type", "click")],
    "click",
]
for e in events:
    print(handle(e))
class Tracking(dict):
    def get(self, key, default=None):
        print("get", key)
        return super().get(key, default)
    def __getitem__(self, key):
        print("__getitem__", key)
        return super().__getitem__(key)
match Tracking(a=1, b=2):
    case {"a": 1, **others}:
        print("matched", others)
class Missing(dict):
    def __missing__(self, key):
        return "default"
match Missing(x=1):
    case {"y": v}:
        print("__missing__ used?", v)
    case _:
        print("__missing__ not used by mapping patterns")
match {1: "int key", "1": "str key"}:
    case {1: a, "1": b}:
        print(a, "/", b)
