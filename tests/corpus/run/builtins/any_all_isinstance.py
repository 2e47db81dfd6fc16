# any, all, isinstance, issubclass, callable, type.
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any(x > 3 for x in [1, 5]))
def noisy(v):
    print("check", v)
    return v
print(any(noisy(v) for v in [0, 1, 2]), all(noisy(v) for v in [1, 0, 2]))
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1.0, (str, float)))
print(isinstance("s", object), isinstance(None, type(None)), isinstance(int, type), isinstance([], (list, tuple)))
print(isinstance(3, (int, (str, (float,)))), isinstance(3, ()))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, int)), issubclass(type, object))
try:
    isinstance(1, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta):
    pass
print(isinstance("magic", Magic), isinstance("x", Magic), issubclass(int, Magic), issubclass(str, Magic))
print(callable(len), callable(1), callable(int), callable(lambda: 0), callable("s".upper))
print(type(1), type("a"), type(None), type(type), type(len), type([].append).__name__)
print(int | str, isinstance(1, int | str), isinstance(None, int | None))
