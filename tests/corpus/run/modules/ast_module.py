# The ast module: parse, dump, literal_eval, visitors, transformers, compile(PyCF_ONLY_AST), match on nodes.
import ast
t = ast.parse("x = 1 + 2*y\nif x: print(f'{x!r:>4}')\n")
print(ast.dump(t))
print(ast.dump(t, include_attributes=True, indent=2)[:400])
print(ast.literal_eval("[1, -2.5, (3+4j), {'a': {1, 2}}, b'x', None, True, ...]"))
try:
    ast.literal_eval("f(1)")
except ValueError as e:
    print(str(e).split(": <")[0])
class V(ast.NodeVisitor):
    def visit_Name(self, node):
        print('name', node.id, type(node.ctx).__name__, node.lineno, node.col_offset)
        self.generic_visit(node)
V().visit(t)
print([type(n).__name__ for n in ast.walk(t)])
print(ast.get_docstring(ast.parse('def f():\n    """  doc\n    more"""\n')))
print(isinstance(ast.Constant(5), ast.Num), isinstance(ast.Constant('s'), ast.Num), ast.Num(3).value)
print(ast.Name('x').id, ast.Name.__doc__, ast.Name._fields, ast.Constant().kind)
try:
    ast.Name(1, 2, 3)
except TypeError as e:
    print(str(e).split(": <")[0])
c = compile("a + b", "<s>", "eval", ast.PyCF_ONLY_AST)
print(type(c).__name__, ast.dump(c))
print(ast.get_source_segment("x = foo(1,\n  2)\n", ast.parse("x = foo(1,\n  2)\n").body[0].value))
try:
    ast.parse("def (")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.offset)
import copy
t2 = copy.deepcopy(t)
print(ast.dump(t2) == ast.dump(t))
class T(ast.NodeTransformer):
    def visit_Constant(self, node):
        return ast.copy_location(ast.Constant(node.value * 10), node)
print(ast.dump(T().visit(ast.parse("1 + 2"))))
print(ast.dump(ast.fix_missing_locations(ast.Expression(ast.Name('q', ast.Load()))), include_attributes=True))
match t.body[0]:
    case ast.Assign(targets=[ast.Name(id=n)], value=ast.BinOp(op=ast.Add())):
        print("matched", n)
print(repr(ast.Load()).startswith('<ast.Load object at'), ast.AST.__module__, ast.Name.__mro__[1:])
