# Data and non-data descriptors with __set_name__.
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.name = name
        self.storage = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s, got %s" % (self.name, self.kind.__name__, type(value).__name__))
        setattr(obj, self.storage, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 30)
print(p.name, p.age, p.__dict__)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
print(type(Person.name).__name__, Person.age.storage)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Holder:
    attr = NonData()
h = Holder()
print(h.attr)
h.__dict__["attr"] = "from instance"
print(h.attr, Holder.attr)
class DataOnly:
    def __get__(self, obj, objtype=None):
        return "data descriptor wins"
    def __set__(self, obj, value):
        print("set blocked", value)
class Holder2:
    attr = DataOnly()
h2 = Holder2()
h2.attr = 5
h2.__dict__["attr"] = "instance value"
print(h2.attr)
class Deleter:
    def __get__(self, obj, t):
        return 1
    def __delete__(self, obj):
        print("__delete__ called")
class H3:
    d = Deleter()
del H3().d
class Later:
    pass
desc = Typed(int)
Later.late = desc
print(hasattr(desc, "name"))
