# compile()'s optimize and flags arguments, code-object equality, exec's __builtins__, eval of
# top-level-await code, importlib.util.LazyLoader / decode_source / module_from_spec, load_module.
import ast
import asyncio
import importlib.machinery
import importlib.util
import marshal
import os
import sys
import tempfile
import types

SRC = '"doc"\ndef f():\n    "fdoc"\n    assert False, "A"\n    return __debug__\n'
for opt in (-1, 0, 1, 2):
    ns = {}
    exec(compile(SRC, 'o.py', 'exec', optimize=opt), ns)
    try:
        r = ns['f']()
    except AssertionError as e:
        r = 'AssertionError ' + str(e)
    print(opt, ns.get('__doc__'), ns['f'].__doc__, r)

for kw in [dict(flags=0x100), dict(flags=-1), dict(optimize=3), dict(optimize=-2), dict(flags=0x10)]:
    try:
        compile('x', 's', 'eval', **kw)
        print('ok', kw)
    except ValueError as e:
        print('ValueError', e)
for fn in [b'b.py', 5]:
    try:
        print(compile('1', fn, 'eval').co_filename)
    except TypeError as e:
        print('TypeError', e)

c = compile('def g(a, b=2):\n    return a * b\n', 'src.py', 'exec')
d = marshal.loads(marshal.dumps(c))
print(d == c, hash(d) == hash(c), d != c, c == compile('x = 1', 'src.py', 'exec'))
print(compile('1', 'a.py', 'eval') == compile('1', 'b.py', 'eval'), compile('1', 'a', 'eval') == compile('1.0', 'a', 'eval'))

g = {}
exec('x = 1', g)
print(type(g['__builtins__']).__name__)

code = compile('await asyncio.sleep(0, result=5)', 's', 'eval', flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
coro = eval(code)
print(type(coro).__name__, asyncio.run(coro))

print(repr(importlib.util.decode_source(b'# -*- coding: latin-1 -*-\nx = "\xe9"\r\n')))

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'lazy_mod.py')
    with open(path, 'w') as f:
        f.write("print('executing lazy_mod')\nVALUE = 7\n")
    sys.path.insert(0, tmp)
    spec = importlib.util.find_spec('lazy_mod')
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    m = importlib.util.module_from_spec(spec)
    print(sorted(vars(m)))
    sys.modules['lazy_mod'] = m
    loader.exec_module(m)
    print('before', type(m).__name__)
    print(m.VALUE, type(m).__name__)
    try:
        importlib.util.LazyLoader(object())
    except TypeError as e:
        print('TypeError', e)

    path2 = os.path.join(tmp, 'legacy_mod.py')
    with open(path2, 'w') as f:
        f.write("V = 'loaded'\n")
    import warnings
    warnings.simplefilter('ignore')
    l = importlib.machinery.SourceFileLoader('legacy_mod', path2)
    mod = l.load_module()
    print(mod.V, mod.__loader__ is l, sys.modules['legacy_mod'] is mod)

m2 = types.ModuleType('plain')
class Sub(types.ModuleType):
    pass
m2.__class__ = Sub
print(type(m2).__name__)
m2.__class__ = types.ModuleType
print(type(m2).__name__)
try:
    object().__class__ = Sub
except TypeError as e:
    print('TypeError', e)

# compile(), exec() and eval() of source inherit the caller's __future__ features unless dont_inherit.
FUT = "from __future__ import annotations\nsrc = 'def h(x: undefined_name): pass\\nprint(h.__annotations__)\\n'\nexec(compile(src, 's', 'exec'))\nexec(src)\ntry:\n    exec(compile(src, 's', 'exec', dont_inherit=True))\nexcept NameError as e:\n    print('NameError', e)\n"
exec(compile(FUT, 'fut.py', 'exec'), {})
