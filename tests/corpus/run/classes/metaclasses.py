# Metaclasses: __prepare__, __new__, __init__, __call__.
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kwargs):
        print("__prepare__", name, kwargs)
        return {"injected": "by prepare"}
    def __new__(mcs, name, bases, ns, **kwargs):
        print("__new__", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")))
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = kwargs.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        print("__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("__call__", cls.__name__, args)
        instance = super().__call__(*args, **kwargs)
        instance.created_by_meta = True
        return instance
class Base(metaclass=OrderedMeta, tag="base"):
    def __init__(self, v):
        print("Base.__init__", v)
        self.v = v
    def method(self):
        return self.v
class Derived(Base):
    extra = 1
obj = Derived(7)
print(obj.v, obj.created_by_meta, Base.tag, Derived.tag, Base.injected)
print(type(Base).__name__, type(Derived) is OrderedMeta, isinstance(Derived, type))
class Singleton(type):
    _instances = {}
    def __call__(cls, *args):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, x):
        self.x = x
a = Config(1)
b = Config(2)
print(a is b, a.x, b.x)
Dyn = type("Dyn", (Base,), {"z": 3})
print(Dyn.__name__, Dyn.z, Dyn.tag, type(Dyn).__name__)
d = Dyn(9)
print(d.method())
class Plain:
    pass
print(type(Plain), type(type), type(5), type("Plain2", (), {})().__class__.__name__)
