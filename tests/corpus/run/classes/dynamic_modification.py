# Modifying classes and instances at runtime: methods, attributes, __class__ and bases' attributes.
class Animal:
    sound = "..."
    def speak(self):
        return f"{type(self).__name__} says {self.sound}"
class Dog(Animal):
    sound = "woof"
class Cat(Animal):
    sound = "meow"
d = Dog()
print(d.speak())
Animal.speak = lambda self: f"patched: {self.sound}"
print(d.speak(), Cat().speak())
del Animal.speak
try:
    d.speak()
except AttributeError as e:
    print("AttributeError:", e)
def speak(self):
    return "restored " + self.sound
Animal.speak = speak
print(d.speak())
d.__class__ = Cat
print(d.speak(), type(d).__name__, isinstance(d, Dog))
Animal.sound = "generic"
del Cat.sound
print(d.speak())
d.sound = "instance sound"
print(d.speak())
del d.sound
setattr(Cat, "legs", 4)
print(d.legs, getattr(Dog, "legs", "no legs on Dog"))
class Counter:
    pass
for name in ["a", "b"]:
    setattr(Counter, f"get_{name}", lambda self, n=name: n.upper())
c = Counter()
print(c.get_a(), c.get_b())
try:
    d.__class__ = int
except TypeError as e:
    print("TypeError:", e)
class Slotted:
    __slots__ = ("v",)
try:
    Slotted().__class__ = Dog
except TypeError as e:
    print("TypeError:", e)
Dog.__name__ = "Puppy"
print(Dog.__name__, Dog.__qualname__, repr(Dog))
print(sorted(k for k in vars(Animal) if not k.startswith("__")))
