import ast
import operator
import re
from functools import lru_cache


class FormulaError(Exception):
    pass


class Sheet:
    OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv,
           ast.Pow: operator.pow, ast.USub: operator.neg, ast.UAdd: operator.pos, ast.Mod: operator.mod}
    FUNCS = {"SUM": sum, "MAX": max, "MIN": min, "AVG": lambda xs: sum(xs) / len(xs), "LEN": len, "ABS": abs, "ROUND": round}
    CELL = re.compile(r"^([A-Z])([0-9]+)$")

    def __init__(self):
        self.cells = {}
        self.evaluating = []

    def set(self, ref, value):
        self.cells[ref] = value

    def expand(self, a, b):
        ca, ra = self.CELL.match(a).groups()
        cb, rb = self.CELL.match(b).groups()
        return [f"{chr(c)}{r}" for c in range(ord(ca), ord(cb) + 1) for r in range(int(ra), int(rb) + 1)]

    def value(self, ref):
        if ref in self.evaluating:
            raise FormulaError("circular reference: " + " -> ".join(self.evaluating + [ref]))
        raw = self.cells.get(ref, 0)
        if isinstance(raw, str) and raw.startswith("="):
            self.evaluating.append(ref)
            try:
                return self.eval_formula(raw[1:])
            finally:
                self.evaluating.pop()
        return raw

    def eval_formula(self, text):
        text = re.sub(r"([A-Z][0-9]+):([A-Z][0-9]+)", lambda m: "[" + ",".join(self.expand(*m.groups())) + "]", text)
        try:
            tree = ast.parse(text, mode="eval")
        except SyntaxError as e:
            raise FormulaError(f"syntax error in {text!r}: {e.msg}") from None
        return self._eval(tree.body)

    def _eval(self, node):
        match node:
            case ast.Constant(value=v) if isinstance(v, (int, float)):
                return v
            case ast.Name(id=name) if self.CELL.match(name):
                return self.value(name)
            case ast.BinOp(left=l, op=op, right=r) if type(op) in self.OPS:
                try:
                    return self.OPS[type(op)](self._eval(l), self._eval(r))
                except ZeroDivisionError:
                    raise FormulaError("#DIV/0!") from None
            case ast.UnaryOp(op=op, operand=x) if type(op) in self.OPS:
                return self.OPS[type(op)](self._eval(x))
            case ast.List(elts=elts):
                return [self._eval(e) for e in elts]
            case ast.Call(func=ast.Name(id=fname), args=args) if fname in self.FUNCS:
                vals = [self._eval(a) for a in args]
                flat = [x for v in vals for x in (v if isinstance(v, list) else [v])]
                if fname in ("ABS",):
                    return self.FUNCS[fname](*flat)
                if fname == "ROUND":
                    return round(flat[0], int(flat[1]) if len(flat) > 1 else 0)
                return self.FUNCS[fname](flat)
            case _:
                raise FormulaError(f"unsupported: {ast.dump(node)[:60]}")

    def render(self, cols="ABC", rows=range(1, 6)):
        lines = ["    " + "".join(f"{c:>10}" for c in cols)]
        for r in rows:
            cells = []
            for c in cols:
                try:
                    v = self.value(f"{c}{r}")
                    cells.append(f"{v:>10.2f}" if isinstance(v, float) else f"{v!s:>10}")
                except FormulaError as e:
                    cells.append(f"{str(e)[:9]:>10}")
            lines.append(f"{r:>3} " + "".join(cells))
        return "\n".join(lines)


s = Sheet()
for ref, v in {"A1": 10, "A2": 20, "A3": 30.5, "A4": "=SUM(A1:A3)", "A5": "=AVG(A1:A3)",
               "B1": "=A1*2+1", "B2": "=-B1 ** 2 % 7", "B3": "=A4/(A1-10)", "B4": "=ROUND(A5, 1)", "B5": "=MAX(A1:B2)",
               "C1": "=C2+1", "C2": "=C1", "C3": "=1 +", "C4": "=foo(1)", "C5": "=ABS(B2 - 100)"}.items():
    s.set(ref, v)
print(s.render())
for ref in ["A4", "B3", "C1", "C3", "C4"]:
    try:
        print(ref, s.value(ref))
    except FormulaError as e:
        print(ref, "FormulaError:", e)
print(ast.dump(ast.parse("x + 1", mode="eval")))
print(ast.unparse(ast.parse("def f(a, *b, c=1): return a if b else (c, [i ** 2 for i in b])")))
print(ast.literal_eval("{'a': [1, 2.5, (True, None)], 'b': -3}"))
try:
    ast.literal_eval("__import__('os')")
except ValueError as e:
    print("ValueError:", str(e).split(" <")[0])
tree = ast.parse("import os\nx = 1\ndef g(): pass\nclass K: pass\n")
print([type(n).__name__ for n in tree.body], [n.lineno for n in ast.walk(tree) if isinstance(n, ast.stmt)])


class Renamer(ast.NodeTransformer):
    def visit_Name(self, node):
        return ast.copy_location(ast.Name(id=node.id.upper(), ctx=node.ctx), node)


t2 = Renamer().visit(ast.parse("a = b + c * a"))
print(ast.unparse(ast.fix_missing_locations(t2)))
