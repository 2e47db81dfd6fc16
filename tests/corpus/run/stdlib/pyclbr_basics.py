# pyclbr: classes and functions of modules read from source (never imported).
import os
import pyclbr
import sys
import tempfile

with tempfile.TemporaryDirectory() as d:
    files = {
        'clbr_base.py': 'class Base:\n    def run(self):\n        pass\n\ndef helper(): pass\n_private = 1\n',
        'clbr_mod.py': (
            'import clbr_base\n'
            'from clbr_base import *\n'
            'from clbr_base import Base as B2, missing\n'
            'class A(Base, clbr_base.Base, object, other.X, pkg.mod.Y):\n'
            '    def m1(self):\n'
            '        def nested():\n'
            '            class Deep: pass\n'
            '    async def m2(self): pass\n'
            '    class Inner(A):\n'
            '        def im(self): pass\n'
            '    def m1(self): return 2\n'
            'async def coro():\n'
            '    pass\n'
            'def f(x,\n'
            '      y):\n'
            '    return x\n'
            'if True:\n'
            '    import clbr_nothere\n'
            '    def conditional(): pass\n'
        ),
        'clbr_pkg/__init__.py': 'class P: pass\n',
        'clbr_pkg/sub.py': 'from . import P\nclass S(P): pass\n',
    }
    os.mkdir(os.path.join(d, 'clbr_pkg'))
    for name, text in files.items():
        with open(os.path.join(d, name), 'w') as f:
            f.write(text)

    def show(obj, indent=0):
        pad = '  ' * indent
        if isinstance(obj, pyclbr.Class):
            supers = [s.name if isinstance(s, pyclbr.Class) else s for s in obj.super]
            print(pad + 'class', obj.name, obj.module, obj.lineno, obj.end_lineno, supers, obj.methods,
                  obj.parent.name if obj.parent else None)
        elif isinstance(obj, pyclbr.Function):
            print(pad + 'def', obj.name, obj.module, obj.lineno, obj.end_lineno, obj.is_async,
                  obj.parent.name if obj.parent else None)
        else:
            print(pad + repr(obj))
            return
        for child in obj.children.values():
            show(child, indent + 1)

    tree = pyclbr.readmodule_ex('clbr_mod', [d])
    for name, obj in tree.items():
        print('--', name, os.path.basename(obj.file))
        show(obj)
    print(sorted(pyclbr.readmodule('clbr_mod', [d])))
    print(pyclbr.readmodule_ex('clbr_mod', [d]) is tree)
    pkg = pyclbr.readmodule_ex('clbr_pkg', [d])
    print(sorted(pkg), [os.path.relpath(p, d) for p in pkg['__path__']])
    sub = pyclbr.readmodule_ex('clbr_pkg.sub', [d])
    print(sorted(sub), sub['S'].module, [getattr(s, 'name', s) for s in sub['S'].super], 'P' in sub)
    print(pyclbr.readmodule_ex('sys'), pyclbr.readmodule('sys'))
    for bad in ['clbr_missing_mod', 'clbr_base.nope']:
        try:
            pyclbr.readmodule_ex(bad, [d])
        except ImportError as e:
            print(type(e).__name__, e)

f = pyclbr.Function('m', 'f', 'file.py', 3)
c = pyclbr.Class('m', 'C', None, 'file.py', 1)
g = pyclbr._nest_function(c, 'meth', 2, 4, True)
h = pyclbr._nest_class(c, 'In', 5, 6, ['x'])
print(c.children.keys(), c.methods, g.parent is c, g.is_async, h.super, f.parent, f.children, c.super, pyclbr.__all__)
