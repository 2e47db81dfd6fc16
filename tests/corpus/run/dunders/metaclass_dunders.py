# Dunders defined on a metaclass apply to the class object itself.
class Registry(type):
    def __iter__(cls):
        return iter(cls._members)
    def __len__(cls):
        return len(cls._members)
    def __getitem__(cls, key):
        return cls._members[key]
    def __contains__(cls, item):
        return item in cls._members
    def __getattr__(cls, name):
        if name.startswith("get_"):
            return lambda: cls._members.get(name[4:], "absent")
        raise AttributeError(f"type object {cls.__name__!r} has no attribute {name!r}")
    def __repr__(cls):
        return f"<Registry {cls.__name__} {list(cls._members)}>"
    def __call__(cls, *args):
        print("creating", cls.__name__, args)
        return super().__call__(*args)
    def __or__(cls, other):
        return f"{cls.__name__}|{other.__name__}"
class Colors(metaclass=Registry):
    _members = {"red": 1, "green": 2}
    def __init__(self, v):
        self.v = v
print(list(Colors), len(Colors), Colors["red"], "green" in Colors, "blue" in Colors)
print(Colors.get_red(), Colors.get_blue(), repr(Colors), str(Colors))
try:
    Colors.missing
except AttributeError as e:
    print("AttributeError:", e)
c = Colors(5)
print(c.v, type(c).__name__)
try:
    iter(c)
except TypeError as e:
    print("TypeError:", e)
class Other(metaclass=Registry):
    _members = {}
print(Colors | Other, bool(Other), bool(Colors))
