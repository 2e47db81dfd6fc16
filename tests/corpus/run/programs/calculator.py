"""Tokenizer and recursive-descent parser for arithmetic with variables."""
import re
import math
from typing import NamedTuple, Iterator


class Token(NamedTuple):
    kind: str
    text: str
    pos: int


TOKEN_RE = re.compile(r"""
    (?P<NUM>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>\*\*|[-+*/%^(),=])
  | (?P<WS>\s+)
  | (?P<BAD>.)
""", re.VERBOSE)


class CalcError(Exception):
    pass


def tokenize(src) -> Iterator[Token]:
    for m in TOKEN_RE.finditer(src):
        kind = m.lastgroup
        if kind == "WS":
            continue
        if kind == "BAD":
            raise CalcError(f"unexpected character {m.group()!r} at {m.start()}")
        yield Token(kind, m.group(), m.start())
    yield Token("EOF", "", len(src))


class Parser:
    FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "floor": math.floor}

    def __init__(self, src, env):
        self.toks = list(tokenize(src))
        self.i = 0
        self.env = env

    def peek(self):
        return self.toks[self.i]

    def next(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def expect(self, text):
        t = self.next()
        if t.text != text:
            raise CalcError(f"expected {text!r} at {t.pos}, got {t.text or 'end'!r}")
        return t

    def statement(self):
        if self.peek().kind == "NAME" and self.toks[self.i + 1].text == "=":
            name = self.next().text
            self.next()
            value = self.expr()
            self.env[name] = value
        else:
            value = self.expr()
        if self.peek().kind != "EOF":
            raise CalcError(f"trailing input at {self.peek().pos}")
        return value

    def expr(self):
        v = self.term()
        while self.peek().text in "+-" and self.peek().kind == "OP":
            op = self.next().text
            r = self.term()
            v = v + r if op == "+" else v - r
        return v

    def term(self):
        v = self.unary()
        while self.peek().text in ("*", "/", "%"):
            op = self.next().text
            r = self.unary()
            if op == "*":
                v *= r
            elif op == "/":
                v /= r
            else:
                v %= r
        return v

    def unary(self):
        if self.peek().text == "-":
            self.next()
            return -self.unary()
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek().text in ("**", "^"):
            self.next()
            return base ** self.unary()
        return base

    def atom(self):
        t = self.next()
        if t.kind == "NUM":
            return float(t.text) if any(c in t.text for c in ".eE") else int(t.text)
        if t.kind == "NAME":
            if self.peek().text == "(":
                self.next()
                args = [self.expr()]
                while self.peek().text == ",":
                    self.next()
                    args.append(self.expr())
                self.expect(")")
                try:
                    return self.FUNCS[t.text](*args)
                except KeyError:
                    raise CalcError(f"unknown function {t.text}") from None
            if t.text not in self.env:
                raise CalcError(f"undefined variable {t.text!r}")
            return self.env[t.text]
        if t.text == "(":
            v = self.expr()
            self.expect(")")
            return v
        raise CalcError(f"unexpected {t.text or 'end of input'!r} at {t.pos}")


env = {"pi": math.pi}
lines = [
    "1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "x = 7 / 2", "x * 2",
    "y = x // 2", "10 % 4 + max(1, 5, 3)", "sqrt(16) + abs(-3)", "floor(pi * 100) / 100",
    "1e3 + 2.5E-1", "z + 1", "3 +", "foo(1)", "2 $ 3", "(1 + 2", "7 % 0", "2 ^ 10",
    "big = 2 ** 100", "big % 1000007",
]
for line in lines:
    try:
        result = Parser(line, env).statement()
        print(f"{line:<24} => {result!r}")
    except CalcError as e:
        print(f"{line:<24} !! {e}")
    except ZeroDivisionError as e:
        print(f"{line:<24} !! {type(e).__name__}: {e}")
print(sorted(k for k in env if k != "pi"))
print(list(tokenize("a=1"))[:2])
t = Token("NUM", "1", 0)
print(t._replace(text="2"), t._asdict(), Token._fields)
