# A miniature Enum built with a metaclass and __set_name__-free class body processing.
class EnumMeta(type):
    def __new__(mcs, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and not callable(v)}
        cls = super().__new__(mcs, name, bases, {k: v for k, v in ns.items() if k not in members})
        type.__setattr__(cls, "_by_name", {})
        type.__setattr__(cls, "_by_value", {})
        for k, v in members.items():
            m = object.__new__(cls)
            m.name, m.value = k, v
            cls._by_name[k] = m
            cls._by_value.setdefault(v, m)
            type.__setattr__(cls, k, m)
        return cls
    def __iter__(cls):
        return iter(cls._by_name.values())
    def __len__(cls):
        return len(cls._by_name)
    def __call__(cls, value):
        try:
            return cls._by_value[value]
        except KeyError:
            raise ValueError(f"{value!r} is not a valid {cls.__name__}") from None
    def __setattr__(cls, name, value):
        raise AttributeError(f"cannot reassign member {name!r}")
class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return f"<{type(self).__name__}.{self.name}: {self.value!r}>"
    def __str__(self):
        return f"{type(self).__name__}.{self.name}"
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return f"{self.name.lower()} has value {self.value}"
print(list(Color), len(Color))
print(Color.RED, repr(Color.GREEN), Color(3), Color(1) is Color.RED, Color.CRIMSON is Color.RED)
print(Color.BLUE.describe(), isinstance(Color.RED, Color), type(Color.RED).__name__)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
print({c.name: c.value for c in Color}, sorted(c.value for c in Color))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE)
