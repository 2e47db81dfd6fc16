# __init_subclass__ and __class_getitem__.
class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
        print("registered", cls.plugin_name)
class Alpha(Plugin):
    pass
class Beta(Plugin, name="custom-beta"):
    pass
class Gamma(Alpha):
    pass
print(Plugin.registry, Gamma.plugin_name, Alpha.plugin_name)
try:
    class Broken(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
class Box:
    def __class_getitem__(cls, item):
        return "Box[%s]" % (item.__name__ if isinstance(item, type) else repr(item))
print(Box[int], Box["x"], Box[3])
print(list[int], dict[str, list[int]], tuple[int, ...])
print(type(list[int]).__name__, list[int].__origin__, list[int].__args__)
try:
    object[int]
except TypeError as e:
    print("TypeError:", e)
class NoGetitem:
    pass
try:
    NoGetitem[int]
except TypeError as e:
    print("TypeError:", e)
