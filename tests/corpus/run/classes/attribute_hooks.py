# __getattr__, __getattribute__, __setattr__, __delattr__.
class Logged:
    def __init__(self):
        object.__setattr__(self, "data", {})
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(f"no attribute {name!r}")
    def __setattr__(self, name, value):
        print("__setattr__", name, value)
        self.data[name] = value
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("__delattr__", name)
        object.__delattr__(self, name)
o = Logged()
o.x = 1
print(o.x)
print(o.dyn_hello)
try:
    o.missing
except AttributeError as e:
    print("AttributeError:", e)
del o.x
print(o.data, hasattr(o, "x"))
class Spy:
    def __init__(self):
        self.real = "real value"
    def __getattribute__(self, name):
        if name != "__dict__":
            print("__getattribute__", name)
        if name == "secret":
            return "intercepted"
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return "fallback " + name
s = Spy()
print(s.real)
print(s.secret)
print(s.nothing)
print(getattr(s, "real"), getattr(s, "zzz", "default"))
class ReadOnly:
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")
try:
    ReadOnly().a = 1
except AttributeError as e:
    print("AttributeError:", e)
class Plain:
    pass
p = Plain()
try:
    p.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.nope
except AttributeError as e:
    print("AttributeError:", e)
setattr(p, "dynamic", 5)
print(p.dynamic, getattr(p, "dynamic"), p.__dict__)
delattr(p, "dynamic")
print(p.__dict__)
