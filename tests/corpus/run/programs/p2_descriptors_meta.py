"""Descriptors, __set_name__, metaclasses, __getattr__/__getattribute__, __class_getitem__, slots."""


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
        print(f"deleting {self.name}")
        delattr(obj, self.private)


class Positive(Typed):
    def __set__(self, obj, value):
        super().__set__(obj, value)
        if value <= 0:
            raise ValueError(f"{self.name} must be positive")


class Meta(type):
    created = []

    def __new__(mcls, name, bases, ns, **kw):
        fields = [k for k, v in ns.items() if isinstance(v, Typed)]
        ns["_fields"] = tuple(fields)
        cls = super().__new__(mcls, name, bases, ns)
        Meta.created.append(name)
        return cls

    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        obj._frozen = True
        return obj

    def __repr__(cls):
        return f"<model {cls.__name__} {cls._fields}>"

    def __len__(cls):
        return len(cls._fields)


class Model(metaclass=Meta):
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

    def __setattr__(self, key, value):
        if getattr(self, "_frozen", False) and key != "_frozen":
            raise AttributeError(f"{type(self).__name__} is frozen")
        super().__setattr__(key, value)

    def __repr__(self):
        return f"{type(self).__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields) + ")"


class Product(Model):
    name = Typed(str, "?")
    price = Positive((int, float).__class__ and float)
    qty = Typed(int, 0)


p = Product(name="pen", price=1.5)
print(p, Product, len(Product), Meta.created, type(Product).__name__)
for bad in [dict(name=5), dict(price=-1.0), dict(price=2)]:
    try:
        Product(**bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    p.qty = 3
except AttributeError as e:
    print("AttributeError:", e)
print(type(Product.name).__name__, Product.__dict__["price"].name, vars(p))


class Lazy:
    def __init__(self):
        self.loaded = {}

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        value = f"<{name} loaded>"
        self.loaded[name] = value
        return value


lz = Lazy()
print(lz.alpha, lz.beta, lz.loaded, hasattr(lz, "_private"), getattr(lz, "_x", "default"))


class Audit:
    def __init__(self):
        object.__setattr__(self, "log", [])
        self.x = 1

    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        self.log.append(f"set {name}")
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        self.log.append(f"del {name}")
        object.__delattr__(self, name)


a = Audit()
a.y = a.x + 1
del a.x
print(a.log)
try:
    a.x
except AttributeError as e:
    print("AttributeError:", e)


class Registry:
    _items = {}

    def __class_getitem__(cls, key):
        return f"{cls.__name__}[{key!r}]"

    def __init_subclass__(cls, prefix="", **kw):
        super().__init_subclass__(**kw)
        cls.prefix = prefix


class Sub(Registry, prefix="sub-"):
    pass


print(Registry[int], Registry["x", 1], Sub.prefix, Sub[0])


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


s = Slotted(1)
print(s.a, hasattr(s, "b"), Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.b
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.c = 1
except AttributeError as e:
    print("AttributeError:", e)


class SlottedChild(Slotted):
    pass


sc = SlottedChild(2)
sc.extra = 3
print(sc.extra, vars(sc))


class classproperty:
    def __init__(self, f):
        self.f = f

    def __get__(self, obj, owner):
        return self.f(owner)


class Config:
    _env = "prod"

    @classproperty
    def env(cls):
        return cls._env.upper()


print(Config.env, Config().env)


def make_class(name, **attrs):
    return type(name, (object,), dict(attrs, __repr__=lambda self: f"<{name}>"))


Dyn = make_class("Dyn", x=1, double=lambda self: self.x * 2)
print(Dyn(), Dyn().double(), Dyn.__name__, Dyn.__bases__, Dyn.__qualname__)


class Singleton(type):
    _inst = {}

    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]


class DB(metaclass=Singleton):
    def __init__(self, url="mem"):
        self.url = url


print(DB("x") is DB("y"), DB().url)


class Temperature:
    def __init__(self):
        self._c = 0.0

    def _get_f(self):
        return self._c * 9 / 5 + 32

    def _set_f(self, f):
        self._c = (f - 32) * 5 / 9

    fahrenheit = property(_get_f, _set_f, doc="degrees F")


t = Temperature()
t.fahrenheit = 212
print(t._c, t.fahrenheit, Temperature.fahrenheit.__doc__)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
del p.__dict__["_frozen"]
del p.name
print(p.name)
