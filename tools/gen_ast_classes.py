"""Prints the node-class table of lib/ast.py from CPython 3.11's own ast module.

Usage: python3.11 tools/gen_ast_classes.py > /tmp/table.py, then paste it between the GENERATED markers of
lib/ast.py. Each row: (name, base, fields, optional fields, has position attributes, docstring).
"""
import ast

DEPRECATED = {'Bytes', 'Ellipsis', 'NameConstant', 'Num', 'Str', 'ExtSlice', 'Index', 'Param', 'Suite',
              'AugLoad', 'AugStore', 'slice', 'AST'}


def depth(cls):
    return len(cls.__mro__)


classes = [getattr(ast, n) for n in dir(ast)
           if isinstance(getattr(ast, n), type) and issubclass(getattr(ast, n), ast.AST) and n not in DEPRECATED]
classes.sort(key=lambda c: (depth(c), c.__name__))
print('_NODE_TABLE = (')
for c in classes:
    optional = tuple(f for f in c._fields if getattr(c, f, ...) is None)
    print(f'    ({c.__name__!r}, {c.__bases__[0].__name__!r}, {c._fields!r}, {optional!r}, {bool(c._attributes)!r}, {c.__doc__!r}),')
print(')')
