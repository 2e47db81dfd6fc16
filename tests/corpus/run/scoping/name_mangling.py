# Private name mangling in classes.
class Base:
    def __init__(self):
        self.__secret = "base secret"
        self._protected = "protected"
    def __hidden(self):
        return "base hidden"
    def reveal(self):
        return self.__secret, self.__hidden()
class Child(Base):
    def __init__(self):
        super().__init__()
        self.__secret = "child secret"
    def child_reveal(self):
        return self.__secret
c = Child()
print(c.reveal(), c.child_reveal())
print(sorted(vars(c)))
print(c._Base__secret, c._Child__secret, c._Base__hidden())
try:
    c.__secret
except AttributeError as e:
    print("AttributeError:", e)
class _Leading:
    def __m(self):
        return "mangled with stripped underscore"
    def call(self):
        return self.__m()
print(_Leading().call(), hasattr(_Leading, "_Leading__m"))
class Dunder:
    def __len__(self):
        return 3
    __not_mangled__ = "dunder names are not mangled"
print(len(Dunder()), Dunder.__not_mangled__)
class UsesGetattr:
    def __init__(self):
        self.__x = 1
    def get(self):
        return getattr(self, "__x", "getattr string is not mangled"), getattr(self, "_UsesGetattr__x")
print(UsesGetattr().get())
class Mangle:
    def method(self):
        __local = "locals are mangled too"
        return sorted(locals())
print(Mangle().method())
