# Overriding and extending properties in subclasses.
class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        print("Base setter", value)
        self._v = value
class OverrideGetter(Base):
    @property
    def v(self):
        return self._v * 100
class ExtendSetter(Base):
    @Base.v.setter
    def v(self, value):
        print("ExtendSetter setter", value)
        Base.v.fset(self, value * 2)
class SuperProperty(Base):
    @property
    def v(self):
        return ("wrapped", super().v)
    @v.setter
    def v(self, value):
        super(SuperProperty, type(self)).v.__set__(self, value + 1)
o = OverrideGetter()
print(o.v)
try:
    o.v = 5
except AttributeError as e:
    print("AttributeError:", e)
e = ExtendSetter()
e.v = 5
print(e.v)
s = SuperProperty()
s.v = 10
print(s.v)
p = Base.v
print(type(p).__name__, p.fget.__name__, p.fset.__name__, p.fdel, p.__doc__)
q = p.getter(lambda self: "new getter")
print(q is p, q.fset is p.fset)
class Doc:
    @property
    def x(self):
        "the x property"
        return 1
print(Doc.x.__doc__, property().fget, property(doc="explicit").__doc__)
try:
    Base().v = None
    del Base().v
except AttributeError as e:
    print("AttributeError:", e)
class ClassLevel:
    value = property(lambda self: "instance access")
print(ClassLevel().value, isinstance(ClassLevel.value, property))
