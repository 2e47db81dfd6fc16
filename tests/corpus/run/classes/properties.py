# property with getter/setter/deleter and read-only properties.
class Temperature:
    def __init__(self, celsius):
        self._c = celsius
    @property
    def celsius(self):
        print("get celsius")
        return self._c
    @celsius.setter
    def celsius(self, value):
        print("set celsius", value)
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("delete celsius")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 0
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)
class Old:
    def _get(self):
        return "old-style"
    x = property(_get, doc="the x")
print(Old().x, Old.x.__doc__, type(Old.x).__name__)
try:
    del Old().x
except AttributeError as e:
    print("AttributeError:", e)
class Lazy:
    @property
    def value(self):
        raise AttributeError("inner problem")
    def __getattr__(self, name):
        return "fallback for " + name
print(Lazy().value)
print(isinstance(Temperature.celsius, property), Temperature.celsius.fget.__name__)
