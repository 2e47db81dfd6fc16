# compile() of ast trees: transformed trees run; malformed trees give CPython's errors.
import ast


class AddToMul(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Add):
            node.op = ast.Mult()
        return node


tree = AddToMul().visit(ast.parse("x = 3 + 4\nprint('x is', x)\n"))
exec(compile(tree, "<ast>", "exec"))

expr = ast.Expression(body=ast.BinOp(left=ast.Constant(2), op=ast.Pow(), right=ast.Constant(10)))
print(eval(compile(ast.fix_missing_locations(expr), "<expr>", "eval")))

# a function built node by node
fn = ast.FunctionDef(
    name="double",
    args=ast.arguments(posonlyargs=[], args=[ast.arg(arg="n")], kwonlyargs=[], kw_defaults=[], defaults=[]),
    body=[ast.Return(value=ast.BinOp(left=ast.Name("n", ast.Load()), op=ast.Mult(), right=ast.Constant(2)))],
    decorator_list=[])
module = ast.fix_missing_locations(ast.Module(body=[fn], type_ignores=[]))
namespace = {}
exec(compile(module, "<built>", "exec"), namespace)
print(namespace["double"](21), namespace["double"].__name__)

# tuple constants and Ellipsis
m = ast.fix_missing_locations(ast.Module(body=[ast.Expr(ast.Call(ast.Name("print", ast.Load()),
                                                         [ast.Constant((1, 2, ...)), ast.Constant(...)], []))],
                                         type_ignores=[]))
exec(compile(m, "<m>", "exec"))

# compiling a parsed tree gives the same behaviour as compiling the source
source = "def f(a, b=2, *c, d, **e):\n    return [a, b, c, d, e]\nprint(f(1, d=0, z=9))\n"
exec(compile(ast.parse(source), "<t>", "exec"))
print(eval(compile(ast.parse("[x * x for x in range(6) if x % 2]", mode="eval"), "<t>", "eval")))
print(compile(ast.parse("1"), "<t>", "exec", ast.PyCF_ONLY_AST).__class__.__name__)


def located(node):
    return ast.fix_missing_locations(node)


def name(id, ctx=None):
    return ast.Name(id=id, ctx=ctx or ast.Load())


cases = [
    ("no locations", ast.Module(body=[ast.Expr(value=name("x"))], type_ignores=[]), "exec"),
    ("missing type_ignores", ast.Module(body=[]), "exec"),
    ("tuple body", ast.Module(body=(), type_ignores=[]), "exec"),
    ("store in load", located(ast.Module(body=[ast.Assign(targets=[name("x")], value=ast.Constant(1))], type_ignores=[])), "exec"),
    ("del of call", located(ast.Module(body=[ast.Delete(targets=[ast.Call(name("f"), [], [])])], type_ignores=[])), "exec"),
    ("list constant", ast.Expression(body=ast.Constant(value=[1])), "eval"),
    ("empty body", located(ast.Module(body=[ast.While(test=ast.Constant(True), body=[], orelse=[])], type_ignores=[])), "exec"),
    ("None name", located(ast.Module(body=[ast.Expr(value=name("None"))], type_ignores=[])), "exec"),
    ("int as expr", ast.Module(body=[ast.Expr(value=5, lineno=1, col_offset=0)], type_ignores=[]), "exec"),
    ("int identifier", ast.Expression(body=ast.Name(id=5, ctx=ast.Load())), "eval"),
    ("None in list", located(ast.Module(body=[ast.Expr(ast.List(elts=[None], ctx=ast.Load()))], type_ignores=[])), "exec"),
    ("required None", located(ast.Module(body=[ast.Expr(value=None)], type_ignores=[])), "exec"),
    ("bad lineno", ast.Module(body=[ast.Pass(lineno="1", col_offset=0)], type_ignores=[]), "exec"),
    ("compare", located(ast.Expression(body=ast.Compare(left=ast.Constant(1), ops=[ast.Lt()], comparators=[]))), "eval"),
    ("boolop", located(ast.Expression(body=ast.BoolOp(op=ast.And(), values=[ast.Constant(1)]))), "eval"),
    ("dict", located(ast.Expression(body=ast.Dict(keys=[ast.Constant(1)], values=[]))), "eval"),
    ("bad context", located(ast.Expression(body=ast.Name(id="x", ctx=5))), "eval"),
    ("wrong mode", ast.Expression(body=ast.Constant(1)), "exec"),
    ("try", located(ast.Module(body=[ast.Try(body=[ast.Pass()], handlers=[], orelse=[], finalbody=[])], type_ignores=[])), "exec"),
    ("raise", located(ast.Module(body=[ast.Raise(exc=None, cause=name("e"))], type_ignores=[])), "exec"),
    ("return outside", located(ast.Module(body=[ast.Return(value=None)], type_ignores=[])), "exec"),
]
for label, tree, mode in cases:
    try:
        compile(tree, "<bad>", mode)
        print(label, "compiled")
    except Exception as e:
        print(label, "->", type(e).__name__, e)
