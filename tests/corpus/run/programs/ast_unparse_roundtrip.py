# ast.unparse: source regenerated from trees, including parenthesization, strings and f-strings.
import ast

snippets = [
    "x = (1 + 2) * 3 - -4 ** 2 ** -1",
    "y = not a and (b or c) and not (d and e)",
    "z = (a if b else c) if d else (lambda q, *r, s=1, **t: q)",
    "print(f'{x!r:>{width}} and {y + 1:.2f} {{braces}}', 'it''s', \"quote\\\"s\")",
    "s = '''multi\nline''' + 'tab\\there' + r'\\d+'",
    "async def f():\n    async with a as b, c:\n        async for i in g():\n            await i\n    return [j async for j in h()]",
    "class C(Base, metaclass=M):\n    '''Doc.'''\n    x: int = 1\n    def m(self, /, a, *, b):\n        return super().m(a, b=b)",
    "try:\n    pass\nexcept* ValueError as e:\n    raise TypeError('x') from e\nelse:\n    pass\nfinally:\n    del a[1:2, ::3], b.c",
    "match p:\n    case [1, *rest] if rest:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=_) | None:\n        pass\n    case (a as b):\n        pass",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    if c:\n        pass",
    "for (i, j) in enumerate(x):\n    continue\nelse:\n    break",
    "w = {**a, 'b': 1}, {1, 2}, set(), {*()}, (), (1,), [*a, *b], x[1:2], x[::2]",
    "v = (yield), (yield x), (await y) if 0 else 1",
    "n = (x := 10) + 1e309 + 3 .real + 2j",
    "global g\nfrom .. import a as b, c\nimport os.path as p",
    "with open(f) as (a, b):\n    assert x, 'msg'",
    "t = f'{a}' f'{b!s}' rf'\\n{c}'",
    "u = {k: v for k, v in d.items() if k if v}, (x for x in y)",
]
for source in snippets:
    tree = ast.parse(source)
    text = ast.unparse(tree)
    print(text)
    print("-- same tree:", ast.dump(ast.parse(text)) == ast.dump(tree))

# trees built by hand
print(ast.unparse(ast.BinOp(left=ast.BinOp(left=ast.Name("a"), op=ast.Add(), right=ast.Name("b")),
                            op=ast.Mult(), right=ast.Constant(3))))
print(ast.unparse(ast.Constant(value=float("inf"))), ast.unparse(ast.Constant(value=float("nan"))))
print(ast.unparse(ast.Constant(value=(1, "a", None))))
print(ast.unparse(ast.Set(elts=[])))

# transform, unparse, run
class Swap(ast.NodeTransformer):
    def visit_Compare(self, node):
        self.generic_visit(node)
        if isinstance(node.ops[0], ast.Lt):
            node.ops = [ast.Gt()]
        return node


tree = Swap().visit(ast.parse("def check(a, b):\n    return a < b\n"))
print(ast.unparse(tree))
ns = {}
exec(compile(ast.unparse(tree), "<unparsed>", "exec"), ns)
print(ns["check"](1, 2), ns["check"](3, 2))
