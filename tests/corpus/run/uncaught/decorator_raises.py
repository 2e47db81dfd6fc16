# A decorator that fails: the traceback line is the decorator's own line, with carets under it.
def register(registry):
    def deco(fn):
        registry[fn.__name__] = fn
        return fn
    return deco
def checked(fn):
    if not fn.__doc__:
        raise TypeError(f"{fn.__name__} needs a docstring")
    return fn
table = {}
@register(table)
def ok():
    "documented"
print(sorted(table))
class Holder:
    @staticmethod
    @checked
    def bad():
        pass
