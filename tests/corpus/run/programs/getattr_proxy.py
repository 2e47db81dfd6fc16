"""__getattr__/__getattribute__ proxies, attribute recording, read-only wrappers."""

class Recorder:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])
    def __getattr__(self, name):
        attr = getattr(self._target, name)
        self._log.append(("get", name))
        if callable(attr):
            def wrapper(*a, **kw):
                self._log.append(("call", name, a))
                return attr(*a, **kw)
            return wrapper
        return attr
    def __setattr__(self, name, value):
        self._log.append(("set", name, value))
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self._log.append(("del", name))
        delattr(self._target, name)

class Account:
    def __init__(self):
        self.balance = 0
    def deposit(self, n):
        self.balance += n
        return self.balance

r = Recorder(Account())
r.deposit(50)
r.deposit(25)
r.owner = "zoe"
print(r.balance, r.owner)
del r.owner
try:
    r.owner
except AttributeError as e:
    print("AttributeError:", e)
for entry in r._log:
    print(entry)

class ReadOnly:
    __slots__ = ("_obj",)
    def __init__(self, obj):
        object.__setattr__(self, "_obj", obj)
    def __getattribute__(self, name):
        if name.startswith("__") and name.endswith("__") and name not in ("__class__",):
            return object.__getattribute__(self, name)
        obj = object.__getattribute__(self, "_obj")
        return getattr(obj, name)
    def __setattr__(self, name, value):
        raise AttributeError(f"read-only proxy: cannot set {name!r}")
    def __repr__(self):
        return f"ReadOnly({object.__getattribute__(self, '_obj')!r})"
    def __len__(self):
        return len(object.__getattribute__(self, "_obj"))

ro = ReadOnly([3, 1, 2])
print(ro, len(ro), ro.count(1), ro.index(2))
try:
    ro.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    ro.nothing
except AttributeError as e:
    print("AttributeError:", e)
print(type(ro).__name__, ro.__class__)

class Dyn:
    def __getattr__(self, name):
        if name.startswith("get_"):
            field = name[4:]
            return lambda: f"value of {field}"
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
d = Dyn()
print(d.get_color(), getattr(d, "get_size")(), hasattr(d, "other"), getattr(d, "other", "dflt"))

class Lookup:
    x = 1
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"fallback:{name}"
lk = Lookup()
print(lk.x, lk.secret, lk.y)

class Chain:
    def __init__(self, path=()):
        self.path = path
    def __getattr__(self, name):
        return Chain(self.path + (name,))
    def __call__(self, *args):
        return f"{'/'.join(self.path)}({', '.join(map(repr, args))})"
api = Chain()
print(api.users.list(), api.repos.get("sharpy", 3))
print(dir(Recorder(Account()))[:3] if False else sorted(n for n in dir(Account()) if not n.startswith("_")))
class Bad:
    def __getattr__(self, name):
        return self.missing_too
try:
    Bad().x
except RecursionError as e:
    print("RecursionError:", str(e)[:40])
