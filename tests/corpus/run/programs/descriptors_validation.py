"""Validation descriptors with __set_name__, class decorators, metaclass registry."""

class Validated:
    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.private, value)
    def validate(self, value):
        pass

class Number(Validated):
    def __init__(self, minvalue=None, maxvalue=None):
        self.minvalue, self.maxvalue = minvalue, maxvalue
    def validate(self, value):
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise TypeError(f"{self.public} must be a number, not {type(value).__name__}")
        if self.minvalue is not None and value < self.minvalue:
            raise ValueError(f"{self.public}={value!r} is below {self.minvalue!r}")
        if self.maxvalue is not None and value > self.maxvalue:
            raise ValueError(f"{self.public}={value!r} is above {self.maxvalue!r}")

class OneOf(Validated):
    def __init__(self, *options):
        self.options = set(options)
    def validate(self, value):
        if value not in self.options:
            raise ValueError(f"{value!r} not in {sorted(self.options)}")

REGISTRY = {}

class Registered(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        if kw.get("register", True):
            REGISTRY[name.lower()] = cls
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    def __repr__(cls):
        return f"<model {cls.__name__}>"

def auto_repr(cls):
    fields = [k for k, v in vars(cls).items() if isinstance(v, Validated)]
    def __repr__(self):
        return f"{type(self).__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    cls.__repr__ = __repr__
    cls._fields = tuple(fields)
    return cls

class Model(metaclass=Registered, register=False):
    def __init__(self, **kw):
        for k, v in kw.items():
            if k not in self._fields:
                raise TypeError(f"{type(self).__name__}() got an unexpected keyword argument {k!r}")
            setattr(self, k, v)

@auto_repr
class Product(Model):
    price = Number(0)
    qty = Number(0, 1000)
    kind = OneOf("tool", "toy", "food")

@auto_repr
class Person(Model):
    age = Number(0, 150)

p = Product(price=9.99, qty=3, kind="toy")
print(p, Product._fields)
for field, bad in [("price", -1), ("qty", 5000), ("kind", "car"), ("price", "free"), ("qty", True)]:
    try:
        setattr(p, field, bad)
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
print(p)
try:
    Person(age=30, name="x")
except TypeError as e:
    print("TypeError:", e)
print(REGISTRY, type(Product.price).__name__, type(Product.__dict__["qty"]).__name__)
print(Person(age=5), vars(Person(age=7)))
print(type(Product), isinstance(Product, Registered), Product.__mro__)
del p._qty
try:
    p.qty
except AttributeError as e:
    print("AttributeError:", e)

class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, cls):
        if obj is None:
            return self
        val = self.fn(obj)
        obj.__dict__[self.name] = val
        print(f"computed {self.name}")
        return val

class Circle:
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        return round(3.14159 * self.r ** 2, 3)
c = Circle(2)
print(c.area, c.area, "area" in vars(c))
print(Circle.area.name)
