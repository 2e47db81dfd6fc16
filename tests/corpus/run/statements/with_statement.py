# with statement: exception passing to __exit__, suppression, nesting, parenthesized form.
class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print(f"[{self.name}] enter")
        return self
    def __exit__(self, typ, val, tb):
        print(f"[{self.name}] exit", typ.__name__ if typ else None, repr(val))
        return self.suppress
with Tracker("plain") as t:
    print("body", t.name)
with (Tracker("p1") as a,
      Tracker("p2") as b):
    print("parenthesized", a.name, b.name)
with Tracker("outer", suppress=True):
    with Tracker("inner"):
        raise ValueError("inner error")
print("continued after suppression")
def in_loop():
    for i in range(3):
        with Tracker(f"loop{i}"):
            if i == 1:
                continue
            if i == 2:
                return "returned"
print(in_loop())
class BadExit:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
try:
    with BadExit():
        raise ValueError("body failed")
except RuntimeError as e:
    print("RuntimeError:", e, "context:", repr(e.__context__))
class EnterFails:
    def __enter__(self):
        raise KeyError("enter failed")
    def __exit__(self, *a):
        print("never called")
try:
    with Tracker("before"), EnterFails():
        print("never")
except KeyError as e:
    print("KeyError:", e)
with Tracker("target") as (x):
    pass
holder = {}
with Tracker("subscript") as holder["cm"]:
    pass
print(holder["cm"].name)
