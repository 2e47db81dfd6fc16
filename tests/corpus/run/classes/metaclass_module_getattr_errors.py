# A metaclass or module (PEP 562) __getattr__ reports a missing name in its own words.
import sys, types
class Meta(type):
    def __getattr__(cls, name):
        if name == "dyn": return "dynamic"
        raise AttributeError("custom " + name)
class K(metaclass=Meta):
    x = 1
class Meta2(type):
    def __getattribute__(cls, name):
        if name == "magic": return 42
        return super().__getattribute__(name)
    def __getattr__(cls, name):
        raise AttributeError(f"no {name} here")
class K2(metaclass=Meta2): y = 2
m = types.ModuleType("m")
exec("def __getattr__(name):\n    if name == 'lazy': return 'L'\n    raise AttributeError(f'module m lacks {name}')", m.__dict__)
m.real = 1
for f in [lambda: K.x, lambda: K.dyn, lambda: K.foo, lambda: K2.magic, lambda: K2.y, lambda: K2.nope, lambda: getattr(K, "q", "dflt"), lambda: hasattr(K2, "nope"),
          lambda: m.real, lambda: m.lazy, lambda: m.other, lambda: getattr(m, "other", 0), lambda: sys.nonexistent_attr]:
    try:
        print(f())
    except AttributeError as e:
        print("AttributeError:", e)
