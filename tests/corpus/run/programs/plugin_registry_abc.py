import abc
from typing import ClassVar

class Plugin(abc.ABC):
    registry: ClassVar[dict] = {}
    priority = 0

    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        if getattr(cls, "__abstractmethods__", None):
            print(f"skip abstract {cls.__name__}: {sorted(cls.__abstractmethods__)}")
            return
        key = name or cls.__name__.lower()
        if key in Plugin.registry:
            raise ValueError(f"duplicate plugin {key!r}")
        cls.priority = priority
        Plugin.registry[key] = cls

    @abc.abstractmethod
    def run(self, data): ...

    @property
    @abc.abstractmethod
    def label(self): ...

    def __repr__(self):
        return f"<{type(self).__qualname__} prio={self.priority}>"

class Transform(Plugin):
    @abc.abstractmethod
    def transform(self, x): ...
    def run(self, data):
        return [self.transform(x) for x in data]

class Upper(Transform, name="up", priority=5):
    label = "upper-case"
    def transform(self, x):
        return x.upper()

class Reverse(Transform, priority=2):
    @property
    def label(self):
        return "reverse"
    def transform(self, x):
        return x[::-1]

class Count(Plugin, name="count", priority=9):
    label = "counter"
    def run(self, data):
        return {x: len(x) for x in data}

try:
    class Dup(Plugin, name="up"):
        label = "x"
        def run(self, data): return data
except ValueError as e:
    print("error:", e)

try:
    Transform()
except TypeError as e:
    print("TypeError:", e)

class Half(Plugin):
    def run(self, data): return data

try:
    Half()
except TypeError as e:
    print("TypeError:", e)

print(sorted(Plugin.registry))
for key, cls in sorted(Plugin.registry.items(), key=lambda kv: -kv[1].priority):
    if getattr(cls, "__abstractmethods__", None):
        print(f"{key:>8} | abstract {sorted(cls.__abstractmethods__)}")
        continue
    inst = cls()
    print(f"{key:>8} | {inst.label:<12} | {inst!r} | {inst.run(['ab', 'cde'])}")

print(Upper.__mro__)
print(isinstance(Upper(), Plugin), issubclass(Count, Transform))
print(Transform.__abstractmethods__ == frozenset({'transform', 'label'}))

class Meta(abc.ABCMeta):
    def __call__(cls, *a, **kw):
        print(f"creating {cls.__name__} with {a} {kw}")
        return super().__call__(*a, **kw)

class Base(metaclass=Meta):
    def __init__(self, x=1):
        self.x = x

b = Base(3, )
print(b.x)

class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented

print(issubclass(list, Sized), issubclass(int, Sized), isinstance("x", Sized))
Sized.register(int)
print(issubclass(int, Sized))

@Plugin.register
class Virtual:
    pass

print(issubclass(Virtual, Plugin), Virtual.__name__)
print("virtual" in Plugin.registry)

class WithInit:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)

try:
    class Bad(WithInit, color="red", size=3):
        pass
except TypeError as e:
    print("TypeError:", e)

class Ok(WithInit):
    pass

try:
    class Bad2(object, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
