import types

ns = types.SimpleNamespace(a=1, b='two')
ns.c = [3]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='two', c=[3]), types.SimpleNamespace())
del ns.a
print(ns, vars(ns), type(ns))

def func():
    pass
def gen():
    yield 1
class C:
    def method(self):
        pass
checks = [
    (func, types.FunctionType), (lambda: 0, types.LambdaType), (gen(), types.GeneratorType),
    (C().method, types.MethodType), (len, types.BuiltinFunctionType), ([].append, types.BuiltinMethodType),
    (types, types.ModuleType), (func.__code__, types.CodeType), (None, types.NoneType),
    (..., types.EllipsisType), (NotImplemented, types.NotImplementedType), (list[int], types.GenericAlias),
    (int | str, types.UnionType), (func, types.GeneratorType), (C.method, types.MethodType),
]
print([isinstance(obj, t) for obj, t in checks])
for name in ['FunctionType', 'LambdaType', 'GeneratorType', 'CoroutineType', 'AsyncGeneratorType', 'MethodType',
             'BuiltinFunctionType', 'ModuleType', 'CodeType', 'CellType', 'TracebackType', 'FrameType',
             'GenericAlias', 'UnionType', 'NoneType', 'EllipsisType', 'NotImplementedType', 'MemberDescriptorType']:
    print(name, getattr(types, name).__name__)

try:
    raise ValueError('x')
except ValueError as e:
    print(isinstance(e.__traceback__, types.TracebackType), isinstance(e.__traceback__.tb_frame, types.FrameType))

m = types.ModuleType('fake', 'a fake module')
m.value = 3
print(m.__name__, m.__doc__, m.value)

bound = C().method
print(type(bound).__name__, isinstance(bound, types.MethodType), bound.__func__ is C.method)

Dyn = types.new_class('Dyn', (C,), exec_body=lambda ns: ns.update(x=5, hello=lambda self: 'hi'))
print(Dyn.__name__, Dyn.x, Dyn().hello(), Dyn.__mro__[1].__name__)
print(types.resolve_bases((int, str)), types.prepare_class('Z')[0].__name__)

mp = types.MappingProxyType({'k': 1, 'j': 2})
print(mp['k'], len(mp), 'j' in mp, list(mp), mp.get('z', 0), dict(mp.items()))
try:
    mp['k'] = 2
except TypeError as e:
    print(e)
