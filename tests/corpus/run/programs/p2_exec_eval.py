"""exec/eval/compile with custom namespaces, a mini REPL over scripted input, and an AST walk."""
import ast
import builtins

ns = {"__builtins__": builtins}
exec("x = 10\ndef f(y):\n    return x + y\nresult = f(5)", ns)
print(ns["result"], sorted(k for k in ns if k != "__builtins__"))
print(eval("x * 2 + f(1)", ns), eval("[i ** 2 for i in range(4)]"), eval("a + b", {"a": 1}, {"b": 2}))
code = compile("total = sum(range(n))", "<calc>", "exec")
scope = {"n": 101}
exec(code, scope)
print(scope["total"], code.co_filename, code.co_name, type(code).__name__)
expr = compile("3 * 7", "<e>", "eval")
print(eval(expr), compile("print('single')", "<s>", "single") is not None)
exec(compile("print('single mode', 1 + 1)", "<s>", "single"))
safe = {"__builtins__": {}}
try:
    eval("__import__('os')", safe)
except NameError as e:
    print("NameError:", e)
try:
    eval("len([1])", safe)
except NameError as e:
    print("NameError:", e)
loc = {}
exec("a = 1\nb = a + 1", {}, loc)
print(loc)


def run_repl(lines):
    env = {}
    for line in lines:
        try:
            try:
                value = eval(compile(line, "<repl>", "eval"), env)
                if value is not None:
                    print(f">>> {line}\n{value!r}")
                else:
                    print(f">>> {line}")
            except SyntaxError:
                exec(compile(line, "<repl>", "exec"), env)
                print(f">>> {line}")
        except Exception as e:
            print(f">>> {line}\n{type(e).__name__}: {e}")


run_repl(["1 + 2", "x = [1, 2, 3]", "x[5]", "sum(x)", "def sq(n): return n * n", "sq(12)",
          "undefined_name", "1 / 0", "import math", "math.sqrt(16)", "'%s-%s' % (1,)", "x.append(4) or x",
          "(lambda q: q * 3)(2)", "for i in range(2): pass", "i", "1 +", "None"])

SOURCE = '''
import os
from collections import defaultdict as dd

CONST = 42

def outer(a, b=2, *args, **kw):
    """Doc."""
    total = a + b
    for i in range(3):
        total += i
    while total > 100:
        total -= 1
    return total

class K(object):
    attr = 1
    def method(self):
        return [x * 2 for x in range(self.attr)]

async def co():
    await something()
'''
tree = ast.parse(SOURCE)


class Stats(ast.NodeVisitor):
    def __init__(self):
        self.counts = {}
        self.names = set()

    def generic_visit(self, node):
        name = type(node).__name__
        self.counts[name] = self.counts.get(name, 0) + 1
        super().generic_visit(node)

    def visit_Name(self, node):
        self.names.add(node.id)
        self.generic_visit(node)


st = Stats()
st.visit(tree)
print(sorted(st.counts.items()))
print(sorted(st.names))
funcs = [n.name for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
print(funcs, ast.get_docstring(tree.body[3]), [a.arg for a in tree.body[3].args.args])
print(ast.dump(ast.parse("x = a + 1"), indent=None))
print(ast.dump(ast.parse("f(*a, k=1)", mode="eval").body))
print(ast.literal_eval("{'a': [1, 2.5, (True, None)], 'b': -3, 'c': {1, 2}}"))
try:
    ast.literal_eval("__import__('os')")
except ValueError as e:
    print("ValueError:", str(e).split(" at 0x")[0])


class ConstFold(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.left, ast.Constant) and isinstance(node.right, ast.Constant):
            try:
                value = eval(compile(ast.Expression(node), "<fold>", "eval"))
            except Exception:
                return node
            return ast.copy_location(ast.Constant(value), node)
        return node


folded = ConstFold().visit(ast.parse("y = 2 * 3 + x * (4 - 1) + 10 / 0"))
ast.fix_missing_locations(folded)
print(ast.unparse(folded))
print(ast.unparse(ast.parse("def f(a, /, b=1, *c, d, **e) -> int:\n    return (yield a)")))
node = tree.body[3]
print(node.lineno, node.col_offset, node.end_lineno, type(node.body[1]).__name__)
