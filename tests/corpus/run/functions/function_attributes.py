# Function objects: attributes, docstrings, annotations, equality.
def documented(a: int, b: "str" = "x") -> list:
    """Return a list."""
    return [a, b]
print(documented.__doc__, documented.__name__, documented.__qualname__)
print(documented.__annotations__)
print(documented.__module__, type(documented).__name__, callable(documented))
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer().__name__)
class K:
    def meth(self):
        pass
    class Nested:
        def deep(self):
            pass
print(K.meth.__qualname__, K.Nested.deep.__qualname__, K.Nested.__qualname__)
documented.custom = 42
print(documented.custom, "custom" in documented.__dict__)
def nodoc():
    pass
print(nodoc.__doc__, nodoc() is None)
print(K().meth.__name__, K().meth.__self__.__class__.__name__, K().meth.__func__ is K.meth)
print(K().meth == K().meth, K.meth is K.meth)
def gen():
    yield 1
print(gen.__code__.co_flags & 0x20 != 0, documented.__code__.co_flags & 0x20 != 0)
print(documented.__code__.co_name, documented.__code__.co_argcount, documented.__code__.co_varnames)
try:
    documented.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
f = lambda: None
f.__name__ = "renamed"
print(f.__name__)
print(repr(nodoc).startswith("<function nodoc at 0x"))
