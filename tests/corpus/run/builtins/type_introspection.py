# type() with one and three arguments, class creation, and type names/qualnames.
for v in [1, 1.5, 1j, "s", b"b", [], (), {}, set(), frozenset(), None, True, range(1), slice(1), ..., NotImplemented, type, object, len, print]:
    print(type(v).__name__, type(v).__qualname__, type(v).__module__)
Point = type("Point", (), {"x": 0, "describe": lambda self: f"Point({self.x})"})
p = Point()
p.x = 5
print(Point.__name__, Point.__qualname__, Point.__module__, p.describe(), Point.__bases__)
Sub = type("Sub", (Point,), {"y": 1})
print(Sub.__mro__[1].__name__, Sub().describe(), Sub.y)
try:
    type("Bad", (1,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", (), [])
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(type(type), type(object), object.__class__, type.__mro__, isinstance(type, object))
class Meta(type):
    pass
C = Meta("C", (), {})
print(type(C).__name__, C.__class__.__name__, isinstance(C, Meta), Meta.__base__.__name__)
print(int.__qualname__, list.append.__qualname__, dict.fromkeys.__qualname__ if hasattr(dict.fromkeys, "__qualname__") else "")
def outer():
    class Local:
        def method(self):
            pass
    return Local
L = outer()
print(L.__qualname__, L.method.__qualname__, L.__name__)
