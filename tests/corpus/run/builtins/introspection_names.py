# Names a program can see: __main__'s initial globals, builtin exception class dicts, iterator type names.
print(list(globals()))
print(__annotations__)
print('__module__' in ValueError.__dict__, ValueError.__module__, KeyError.__module__)
print([n for n in dir(ValueError('x')) if not n.startswith('__')], '__module__' in dir(KeyError))
class MyError(ValueError):
    pass
print(MyError.__module__, '__module__' in MyError.__dict__, MyError.__qualname__)
d = {'a': 1, 'b': 2}
for it in (iter(d), reversed(d), iter(d.values()), reversed(d.values()), iter(d.items()), reversed(d.items()), reversed(d.keys())):
    print(type(it).__name__, list(it))
x: int = 5
print(__annotations__)
