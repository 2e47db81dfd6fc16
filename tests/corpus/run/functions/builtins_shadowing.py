# Builtins can be shadowed at module and function level and restored with del.
print(len("abc"))
def len(x):
    return "shadowed len"
print(len("abc"))
del len
print(len("abc"))
def local_shadow():
    list = lambda *a: "local list"
    return list(1, 2)
print(local_shadow(), list((1, 2)))
def use_print():
    print = lambda *a: None
    print("invisible")
    return "print was shadowed locally"
print(use_print())
max = min
print(max(3, 1, 2))
del max
print(max(3, 1, 2))
import sys
print(type(sys.modules["builtins"]).__name__, "len" in dir(sys.modules["builtins"]))
True_ = True
print(True_ is True, None is None)
try:
    del undefined_builtin_name
except NameError as e:
    print("NameError:", e)
str = "now a string"
print(str, type(str).__name__)
del str
print(str(5))
