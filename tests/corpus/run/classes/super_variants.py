# super() in classmethods, staticmethod workaround, properties, and __class__ cell.
class Base:
    @classmethod
    def create(cls):
        return f"Base.create for {cls.__name__}"
    @property
    def kind(self):
        return "base"
    def greet(self):
        return "hello from Base"
class Child(Base):
    @classmethod
    def create(cls):
        return "Child -> " + super().create()
    @property
    def kind(self):
        return "child of " + super().kind
    def greet(self):
        inner = lambda: super(Child, self).greet()
        return inner() + " via lambda"
    def cls_cell(self):
        return __class__.__name__
class Grand(Child):
    pass
print(Child.create(), Grand.create())
print(Child().kind, Grand().kind)
print(Child().greet(), Grand().cls_cell())
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who(), super(D, D()).who(), super(B, D()).who())
s = super(B, D())
print(type(s).__name__, s.who.__func__.__qualname__)
try:
    super(B, A()).who()
except TypeError as e:
    print("TypeError:", e)
def outside():
    try:
        super()
    except RuntimeError as e:
        print("RuntimeError:", e)
outside()
class WithInit:
    def __init__(self):
        super().__init__()
        print("init chain ok")
WithInit()
class Desc:
    def __set_name__(self, owner, name):
        print("set_name via super chain", owner.__name__, name)
class Holder(Base):
    d = Desc()
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        print("subclass", cls.__name__)
class HolderChild(Holder):
    pass
