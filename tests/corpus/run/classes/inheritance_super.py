# Single and multiple inheritance with cooperative super().
class Base:
    def __init__(self, name):
        print("Base.__init__", name)
        self.name = name
    def hello(self):
        return "Base hello from " + self.name
    def who(self):
        return "Base"
class Child(Base):
    def __init__(self, name, extra):
        super().__init__(name)
        print("Child.__init__", extra)
        self.extra = extra
    def hello(self):
        return "Child+" + super().hello()
c = Child("c", 42)
print(c.hello(), c.who(), c.name, c.extra)
print(isinstance(c, Base), issubclass(Child, Base), issubclass(Base, Child), Child.__bases__)
class A:
    def go(self):
        return ["A"]
class B(A):
    def go(self):
        return ["B"] + super().go()
class C(A):
    def go(self):
        return ["C"] + super().go()
class D(B, C):
    def go(self):
        return ["D"] + super().go()
print(D().go(), [k.__name__ for k in D.__mro__])
print(super(B, D()).go(), super(C, D()).go())
class E(D):
    def go(self):
        return super(D, self).go()
print(E().go())
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.count = Counter.count * 10
print(Counter().count, Counter().count, Counter.count)
class Meta1:
    @classmethod
    def create(cls):
        return cls.__name__
class Sub(Meta1):
    pass
print(Sub.create(), Sub().create())
try:
    class Bad:
        def m(self):
            return super().m()
    Bad().m()
except AttributeError as e:
    print("AttributeError:", e)
print(object.__subclasses__ is not None, Base.__name__, Child.__qualname__, Child.__module__)
