"""Tokenizer + recursive descent parser + tree-walking evaluator for a tiny language."""
import re
from dataclasses import dataclass
from typing import Union

TOKEN_RE = re.compile(r"""
    (?P<NUM>\d+(?:\.\d+)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>==|!=|<=|>=|[-+*/%^()<>=,;{}])
  | (?P<WS>\s+)
  | (?P<ERR>.)
""", re.VERBOSE)

KEYWORDS = {"let", "print", "if", "else", "while", "fn", "return"}


@dataclass(frozen=True)
class Tok:
    kind: str
    text: str
    pos: int


def tokenize(src):
    for m in TOKEN_RE.finditer(src):
        kind = m.lastgroup
        if kind == "WS":
            continue
        if kind == "ERR":
            raise SyntaxError(f"bad character {m.group()!r} at {m.start()}")
        if kind == "NAME" and m.group() in KEYWORDS:
            kind = m.group().upper()
        yield Tok(kind, m.group(), m.start())
    yield Tok("EOF", "", len(src))


@dataclass
class Num:
    value: float

@dataclass
class Var:
    name: str

@dataclass
class BinOp:
    op: str
    left: "Expr"
    right: "Expr"

@dataclass
class Call:
    name: str
    args: list

Expr = Union[Num, Var, BinOp, Call]


class Parser:
    PREC = {"==": 1, "!=": 1, "<": 2, ">": 2, "<=": 2, ">=": 2,
            "+": 3, "-": 3, "*": 4, "/": 4, "%": 4, "^": 5}

    def __init__(self, src):
        self.toks = list(tokenize(src))
        self.i = 0

    @property
    def tok(self):
        return self.toks[self.i]

    def eat(self, kind=None, text=None):
        t = self.tok
        if (kind and t.kind != kind) or (text and t.text != text):
            raise SyntaxError(f"expected {text or kind} at {t.pos}, got {t.text!r}")
        self.i += 1
        return t

    def program(self):
        stmts = []
        while self.tok.kind != "EOF":
            stmts.append(self.statement())
        return stmts

    def block(self):
        self.eat(text="{")
        body = []
        while self.tok.text != "}":
            body.append(self.statement())
        self.eat(text="}")
        return body

    def statement(self):
        t = self.tok
        match t.kind:
            case "LET":
                self.eat()
                name = self.eat("NAME").text
                self.eat(text="=")
                e = self.expr()
                self.eat(text=";")
                return ("let", name, e)
            case "PRINT":
                self.eat()
                e = self.expr()
                self.eat(text=";")
                return ("print", e)
            case "IF":
                self.eat()
                cond = self.expr()
                then = self.block()
                other = []
                if self.tok.kind == "ELSE":
                    self.eat()
                    other = self.block()
                return ("if", cond, then, other)
            case "WHILE":
                self.eat()
                cond = self.expr()
                return ("while", cond, self.block())
            case "FN":
                self.eat()
                name = self.eat("NAME").text
                self.eat(text="(")
                params = []
                while self.tok.text != ")":
                    params.append(self.eat("NAME").text)
                    if self.tok.text == ",":
                        self.eat()
                self.eat(text=")")
                return ("fn", name, params, self.block())
            case "RETURN":
                self.eat()
                e = self.expr()
                self.eat(text=";")
                return ("return", e)
            case _:
                e = self.expr()
                self.eat(text=";")
                return ("expr", e)

    def expr(self, min_prec=1):
        left = self.atom()
        while self.tok.kind == "OP" and self.PREC.get(self.tok.text, 0) >= min_prec:
            op = self.eat().text
            prec = self.PREC[op]
            right = self.expr(prec if op == "^" else prec + 1)
            left = BinOp(op, left, right)
        return left

    def atom(self):
        t = self.tok
        if t.kind == "NUM":
            self.eat()
            return Num(float(t.text) if "." in t.text else int(t.text))
        if t.kind == "NAME":
            self.eat()
            if self.tok.text == "(":
                self.eat()
                args = []
                while self.tok.text != ")":
                    args.append(self.expr())
                    if self.tok.text == ",":
                        self.eat()
                self.eat(text=")")
                return Call(t.text, args)
            return Var(t.text)
        if t.text == "(":
            self.eat()
            e = self.expr()
            self.eat(text=")")
            return e
        if t.text == "-":
            self.eat()
            return BinOp("-", Num(0), self.atom())
        raise SyntaxError(f"unexpected {t.text!r} at {t.pos}")


class ReturnSignal(Exception):
    def __init__(self, value):
        self.value = value


OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
       "/": lambda a, b: a / b, "%": lambda a, b: a % b, "^": lambda a, b: a ** b,
       "==": lambda a, b: int(a == b), "!=": lambda a, b: int(a != b),
       "<": lambda a, b: int(a < b), ">": lambda a, b: int(a > b),
       "<=": lambda a, b: int(a <= b), ">=": lambda a, b: int(a >= b)}


class Interp:
    def __init__(self):
        self.funcs = {}
        self.out = []

    def eval(self, e, env):
        match e:
            case Num(value=v):
                return v
            case Var(name=n):
                if n not in env:
                    raise NameError(f"undefined variable {n}")
                return env[n]
            case BinOp(op, l, r):
                return OPS[op](self.eval(l, env), self.eval(r, env))
            case Call(name, args):
                params, body = self.funcs[name]
                local = dict(zip(params, (self.eval(a, env) for a in args)))
                try:
                    self.run(body, local)
                except ReturnSignal as r:
                    return r.value
                return 0

    def run(self, stmts, env):
        for s in stmts:
            match s:
                case ("let", name, e):
                    env[name] = self.eval(e, env)
                case ("print", e):
                    self.out.append(str(self.eval(e, env)))
                case ("if", c, then, other):
                    self.run(then if self.eval(c, env) else other, env)
                case ("while", c, body):
                    while self.eval(c, env):
                        self.run(body, env)
                case ("fn", name, params, body):
                    self.funcs[name] = (params, body)
                case ("return", e):
                    raise ReturnSignal(self.eval(e, env))
                case ("expr", e):
                    self.eval(e, env)


SRC = """
fn fib(n) { if n < 2 { return n; } return fib(n - 1) + fib(n - 2); }
fn fact(n) { let r = 1; while n > 1 { let r = r * n; let n = n - 1; } return r; }
let i = 0;
while i < 10 { print fib(i); let i = i + 1; }
print fact(20);
print 2 ^ 3 ^ 2;
print (1 + 2) * 3 - 4 / 8;
print 17 % 5 == 2;
print -3 + 10;
"""
interp = Interp()
tree = Parser(SRC).program()
print(len(tree), "top-level statements")
print(tree[2])
interp.run(tree, {})
print(" ".join(interp.out))

for bad in ["let x = ;", "print 1 + $;", "let = 4;", "print y;"]:
    try:
        Interp().run(Parser(bad).program(), {})
    except (SyntaxError, NameError) as e:
        print(type(e).__name__, "->", e)
