# Class vs instance attributes, __dict__, and introspection.
class Animal:
    kind = "animal"
    legs = 4
    def __init__(self, name):
        self.name = name
a = Animal("rex")
b = Animal("tom")
print(a.kind, b.kind, a.__dict__)
a.kind = "dog"
print(a.kind, b.kind, Animal.kind, a.__dict__)
Animal.legs = 3
print(a.legs, b.legs)
del a.kind
print(a.kind)
print(sorted(k for k in Animal.__dict__ if not k.startswith("__")))
print(type(a) is Animal, a.__class__.__name__, Animal.__name__, Animal.__bases__)
print(hasattr(a, "name"), hasattr(a, "fly"), getattr(a, "fly", "no fly"))
class Empty:
    pass
e = Empty()
e.x = 1
e.__dict__["y"] = 2
print(e.x, e.y, vars(e))
print(isinstance(a, object), issubclass(Animal, object), isinstance(Animal, type))
print(Animal.__init__.__name__, callable(Animal), callable(a))
class WithDoc:
    """Doc string here."""
print(WithDoc.__doc__, Empty.__doc__)
print(repr(e).startswith("<__main__.Empty object at 0x"), str(Animal), repr(Animal))
class Outer:
    class Inner:
        pass
print(Outer.Inner, Outer.Inner.__qualname__)
try:
    Animal.nothing
except AttributeError as e:
    print("AttributeError:", e)
print(Animal("z").__dict__ == {"name": "z"})
