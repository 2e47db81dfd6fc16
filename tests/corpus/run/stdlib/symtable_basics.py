# symtable: scopes and symbol classification from the compiler's symbol analysis.
import symtable

src = '''
import os
from sys import path as p
X = 1
y: int
def outer(a, b=2, *args, k, **kw):
    global X
    c = a + X
    def inner(d):
        nonlocal c
        c += d
        return b + len(args)
    return inner
class C(Base):
    attr = 1
    def method(self):
        return attr, __class__
    def method(self, other):
        pass
    @staticmethod
    def s(): return [i for i in range(3)]
lam = lambda q: q + X
'''
top = symtable.symtable(src, 'mod.py', 'exec')
print(top, top.get_type(), top.get_name(), top.get_lineno(), top.is_optimized(), top.is_nested(), top.has_children())
print(sorted(top.get_identifiers()))


def describe(sym):
    checks = ['is_referenced', 'is_parameter', 'is_global', 'is_nonlocal', 'is_declared_global', 'is_local',
              'is_annotated', 'is_free', 'is_imported', 'is_assigned', 'is_namespace']
    return '%s %s' % (sym.get_name(), ' '.join(c[3:] for c in checks if getattr(sym, c)()))


def walk(table, depth=0):
    print('  ' * depth + repr(table), table.get_type(), table.get_lineno(), table.is_nested(), table.is_optimized())
    for sym in sorted(table.get_symbols(), key=lambda s: s.get_name()):
        print('  ' * depth + '  ' + describe(sym))
    if isinstance(table, symtable.Function):
        print('  ' * depth + '  params', table.get_parameters(), 'locals', table.get_locals(), 'globals', table.get_globals(),
              'nonlocals', table.get_nonlocals(), 'frees', table.get_frees())
    if isinstance(table, symtable.Class):
        print('  ' * depth + '  methods', table.get_methods())
    for child in table.get_children():
        walk(child, depth + 1)


walk(top)
outer = top.lookup('outer').get_namespace()
print(outer, type(outer).__name__, outer is top.lookup('outer').get_namespace())
print(top.lookup('X'), top.lookup('X') is top.lookup('X'))
ns = top.lookup('C').get_namespace().lookup('method')
print(len(ns.get_namespaces()))
for bad in [lambda: ns.get_namespace(), lambda: top.lookup('X').get_namespace()]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
try:
    top.lookup('nope')
except KeyError as e:
    print('KeyError', e)
ev = symtable.symtable('a + b', '<e>', 'eval')
print(ev, sorted(ev.get_identifiers()), ev.lookup('a').is_global())
print(symtable.symtable(b'z = 1\n', 'b.py', 'single').get_identifiers())
try:
    symtable.symtable('x', 'f', 'bogus')
except ValueError as e:
    print('ValueError', e)
try:
    symtable.symtable('def f(:\n', 'bad.py', 'exec')
except SyntaxError as e:
    print('SyntaxError', e.msg, e.lineno, e.filename)
try:
    symtable.symtable('def f():\n    x = 1\n    global x\n', 'bad.py', 'exec')
except SyntaxError as e:
    print('SyntaxError', e.msg, e.lineno)
