import weakref
import copy


class Typed:
    def __init__(self, kind, default=None):
        self.kind, self.default = kind, default

    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        delattr(obj, self.private)


class Range(Typed):
    def __init__(self, lo, hi, **kw):
        super().__init__((int, float), **kw)
        self.lo, self.hi = lo, hi

    def __set__(self, obj, value):
        super().__set__(obj, value)
        if not self.lo <= value <= self.hi:
            raise ValueError(f"{self.name}={value} not in [{self.lo}, {self.hi}]")


class RegistryMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns)
        if not ns.get("abstract"):
            mcls.registry[name.lower()] = cls
        cls.fields = [k for k, v in ns.items() if isinstance(v, Typed)]
        return cls

    def __call__(cls, *args, **kwargs):
        inst = super().__call__(*args, **kwargs)
        inst._frozen = True
        return inst

    def __repr__(cls):
        return f"<model {cls.__name__}>"

    def __len__(cls):
        return len(cls.fields)


class Model(metaclass=RegistryMeta):
    abstract = True

    def __init__(self, **kwargs):
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __setattr__(self, name, value):
        if getattr(self, "_frozen", False):
            raise AttributeError(f"{type(self).__name__} is frozen; cannot set {name!r}")
        super().__setattr__(name, value)

    def __repr__(self):
        vals = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields)
        return f"{type(self).__name__}({vals})"


class Sensor(Model):
    name = Typed(str, "unnamed")
    reading = Range(-50, 150, default=0)


class Person(Model):
    name = Typed(str)
    age = Range(0, 130)


s = Sensor(name="t1", reading=21.5)
print(s, Sensor, len(Sensor), sorted(RegistryMeta.registry), type(Sensor).__name__)
print(Sensor().name, Sensor.name.private, Sensor.__dict__["reading"].hi)
for bad in [dict(name=3), dict(reading=200), dict(reading="hot")]:
    try:
        Sensor(**bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    s.reading = 5
except AttributeError as e:
    print("AttributeError:", e)
p = Person(name="Ann", age=30)
print(p, isinstance(p, Model), RegistryMeta.registry["person"] is Person)


class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.__doc__ = fn.__doc__

    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value


class Data:
    def __init__(self, n):
        self.n = n

    @Lazy
    def expensive(self):
        """Computed once."""
        print("computing...")
        return sum(range(self.n))


d = Data(100)
print(d.expensive, d.expensive, "expensive" in vars(d), Data.expensive.__doc__)


class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self._parent = weakref.ref(parent) if parent else None
        self.children = []
        if parent:
            parent.children.append(self)

    @property
    def parent(self):
        return self._parent() if self._parent else None

    def __deepcopy__(self, memo):
        new = Node(self.name + "'")
        memo[id(self)] = new
        new.children = copy.deepcopy(self.children, memo)
        return new


root = Node("root")
kid = Node("kid", root)
print(kid.parent.name, root.parent, weakref.getweakrefcount(root))
clone = copy.deepcopy(root)
print(clone.name, [c.name for c in clone.children])
lst = [[1, 2], {"a": [3]}]
shallow, deep = copy.copy(lst), copy.deepcopy(lst)
lst[0].append(99)
print(shallow, deep)
wd = weakref.WeakValueDictionary()


class Obj:
    pass


o = Obj()
wd["k"] = o
print(list(wd.keys()))
del o
print(list(wd.keys()))


class Meta2(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("preparing", name)
        return {"injected": 42}


class WithPrep(metaclass=Meta2):
    x = 1


print(WithPrep.injected, WithPrep.x)


class Singleton(type):
    _instances = {}

    def __call__(cls, *a, **k):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a, **k)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self):
        print("init config")


print(Config() is Config(), type.__call__ is not None)
print(Sensor.__mro__, type(Model).__mro__)
