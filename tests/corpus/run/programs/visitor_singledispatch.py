"""Visitor pattern over an expression AST using functools.singledispatch(method)."""
from dataclasses import dataclass
from functools import singledispatch, singledispatchmethod
from typing import Union

@dataclass(frozen=True)
class Num:
    value: float

@dataclass(frozen=True)
class Var:
    name: str

@dataclass(frozen=True)
class BinOp:
    op: str
    left: "Expr"
    right: "Expr"

@dataclass(frozen=True)
class Neg:
    operand: "Expr"

Expr = Union[Num, Var, BinOp, Neg]

@singledispatch
def show(node) -> str:
    raise TypeError(f"cannot show {type(node).__name__}")

@show.register
def _(node: Num):
    return repr(node.value) if node.value != int(node.value) else str(int(node.value))

@show.register
def _(node: Var):
    return node.name

@show.register
def _(node: BinOp):
    return f"({show(node.left)} {node.op} {show(node.right)})"

@show.register(Neg)
def _(node):
    return f"-{show(node.operand)}"

class Evaluator:
    def __init__(self, env):
        self.env = env
    @singledispatchmethod
    def eval(self, node):
        raise NotImplementedError(type(node).__name__)
    @eval.register
    def _(self, node: Num):
        return node.value
    @eval.register
    def _(self, node: Var):
        try:
            return self.env[node.name]
        except KeyError:
            raise NameError(f"unbound variable {node.name!r}") from None
    @eval.register
    def _(self, node: BinOp):
        l, r = self.eval(node.left), self.eval(node.right)
        return {"+": l + r, "-": l - r, "*": l * r}.get(node.op) if node.op != "/" else l / r
    @eval.register
    def _(self, node: Neg):
        return -self.eval(node.operand)

@singledispatch
def simplify(node):
    return node
@simplify.register
def _(node: BinOp):
    l, r = simplify(node.left), simplify(node.right)
    if isinstance(l, Num) and isinstance(r, Num) and node.op != "/":
        return Num(Evaluator({}).eval(BinOp(node.op, l, r)))
    if node.op == "*" and (l == Num(0) or r == Num(0)):
        return Num(0)
    if node.op == "+" and l == Num(0):
        return r
    return BinOp(node.op, l, r)

e = BinOp("+", BinOp("*", Num(2), Var("x")), Neg(BinOp("-", Var("y"), Num(1.5))))
print(show(e))
print(Evaluator({"x": 4, "y": 10}).eval(e))
s = BinOp("+", BinOp("*", Num(0), Var("z")), BinOp("*", Num(3), Num(4)))
print(show(s), "=>", show(simplify(s)))
print(simplify(s) == Num(12), hash(Num(12)) == hash(Num(12.0)))
try:
    Evaluator({}).eval(Var("q"))
except NameError as e:
    print("NameError:", e)
try:
    Evaluator({}).eval("str")
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    show(3)
except TypeError as e:
    print("TypeError:", e)
try:
    Evaluator({"x": 0}).eval(BinOp("/", Num(1), Var("x")))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(show.dispatch(BinOp).__name__, sorted(k.__name__ for k in show.registry))
try:
    Num(1).value = 2
except Exception as e:
    print(type(e).__name__, e)
print(Num(1), repr(BinOp("+", Num(1), Var("a"))))
@show.register(bool)
def _(b):
    return "T" if b else "F"
print(show(True))
try:
    show.register(lambda x: x)
except TypeError as e:
    print("TypeError:", str(e)[:60])
