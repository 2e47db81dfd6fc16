# types.MethodType/GenericAlias construction, type.__abstractmethods__, __module__ of builtin types.
import types
class A:
    def f(self, x=1): return (self.__class__.__name__, x)
a = A()
m = types.MethodType(A.f, a); print(m(), m(5), m.__self__ is a, m.__func__ is A.f)
for bad in [(1, a), (A.f, None)]:
    try: types.MethodType(*bad)
    except TypeError as e: print("TypeError", e)
g = types.GenericAlias(list, (int,)); print(g, g.__origin__, g.__args__, g == list[int])
print(types.GenericAlias(dict, str))
print(getattr(type, '__abstractmethods__', 'dflt'))
try: type.__abstractmethods__
except AttributeError as e: print("AttributeError", e)
print('__module__' in dir(int), int.__module__, str.__module__, type.__module__)
try: print((5).__module__)
except AttributeError as e: print("AttributeError", e)
print(hasattr(5, 'is_integer'), (5.0).is_integer())
import collections, re
print(collections.OrderedDict.__module__, re.Pattern.__module__ if hasattr(re, 'Pattern') else '')
class U: pass
print(U.__module__, repr(U), repr(int), repr(type), repr(types.GenericAlias))
