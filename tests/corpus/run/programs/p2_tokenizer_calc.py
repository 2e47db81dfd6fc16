"""Shunting-yard calculator with variables, functions, error reporting and an uncaught error at the end."""
import math
import operator
from collections import namedtuple

Token = namedtuple("Token", "kind value pos")


class CalcError(Exception):
    def __init__(self, msg, pos=None):
        super().__init__(msg if pos is None else f"{msg} at position {pos}")
        self.pos = pos


def tokenize(s):
    i = 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            text = s[i:j]
            if text.count(".") > 1:
                raise CalcError(f"bad number {text!r}", i)
            yield Token("num", float(text) if "." in text else int(text), i)
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(s) and (s[j].isalnum() or s[j] == "_"):
                j += 1
            yield Token("name", s[i:j], i)
            i = j
        elif c in "+-*/^%(),=":
            yield Token("op", c, i)
            i += 1
        else:
            raise CalcError(f"unexpected character {c!r}", i)


OPS = {"+": (1, "L", operator.add), "-": (1, "L", operator.sub), "*": (2, "L", operator.mul),
       "/": (2, "L", operator.truediv), "%": (2, "L", operator.mod), "^": (3, "R", operator.pow),
       "neg": (4, "R", operator.neg)}
FUNCS = {"sqrt": (1, math.sqrt), "max": (2, max), "min": (2, min), "abs": (1, abs), "log": (1, math.log),
         "hyp": (2, math.hypot)}


def to_rpn(tokens):
    out, stack, prev = [], [], None
    for t in tokens:
        if t.kind == "num":
            out.append(t)
        elif t.kind == "name":
            if t.value in FUNCS:
                stack.append(Token("func", t.value, t.pos))
            else:
                out.append(t)
        elif t.value == ",":
            while stack and stack[-1].value != "(":
                out.append(stack.pop())
        elif t.value == "(":
            stack.append(t)
        elif t.value == ")":
            while stack and stack[-1].value != "(":
                out.append(stack.pop())
            if not stack:
                raise CalcError("unbalanced ')'", t.pos)
            stack.pop()
            if stack and stack[-1].kind == "func":
                out.append(stack.pop())
        else:
            op = t.value
            if op == "-" and (prev is None or (prev.kind == "op" and prev.value != ")")):
                op = "neg"
            p, assoc, _ = OPS[op]
            while stack and stack[-1].kind == "op" and stack[-1].value != "(":
                q = OPS[stack[-1].value][0]
                if q > p or (q == p and assoc == "L"):
                    out.append(stack.pop())
                else:
                    break
            stack.append(Token("op", op, t.pos))
        prev = t
    while stack:
        t = stack.pop()
        if t.value == "(":
            raise CalcError("unbalanced '('", t.pos)
        out.append(t)
    return out


def evaluate(rpn, env):
    st = []
    for t in rpn:
        if t.kind == "num":
            st.append(t.value)
        elif t.kind == "name":
            if t.value not in env:
                raise CalcError(f"unknown variable {t.value!r}", t.pos)
            st.append(env[t.value])
        elif t.kind == "func":
            n, f = FUNCS[t.value]
            if len(st) < n:
                raise CalcError(f"{t.value} needs {n} argument(s)", t.pos)
            args = st[-n:]
            del st[-n:]
            st.append(f(*args))
        else:
            n = 1 if t.value == "neg" else 2
            if len(st) < n:
                raise CalcError(f"missing operand for {t.value!r}", t.pos)
            args = st[-n:]
            del st[-n:]
            st.append(OPS[t.value][2](*args))
    if len(st) != 1:
        raise CalcError(f"malformed expression ({len(st)} values left)")
    return st[0]


def run(line, env):
    if "=" in line:
        name, _, expr = line.partition("=")
        name = name.strip()
        if not name.isidentifier():
            raise CalcError(f"cannot assign to {name!r}")
        env[name] = evaluate(to_rpn(tokenize(expr)), env)
        return f"{name} = {env[name]!r}"
    return repr(evaluate(to_rpn(tokenize(line)), env))


env = {"pi": math.pi, "e": math.e}
lines = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 4 + -3", "x = 5", "y = x * 2 + 1",
         "sqrt(x * x + y * y)", "max(x, y) - min(3, 4)", "hyp(3, 4)", "abs(-7.5)", "log(e)", "1.5.2 + 1",
         "2 * (3 + 4", "2 + 3)", "foo + 1", "3 $ 4", "sqrt()", "1 2", "1 / 0", "2 ^ 0.5", "big = 2 ^ 100",
         "big % 1000", "3 = 4"]
for line in lines:
    try:
        print(f"{line:<24} => {run(line, env)}")
    except CalcError as e:
        print(f"{line:<24} !! {e}")
    except ZeroDivisionError as e:
        print(f"{line:<24} !! division: {e}")
print(sorted(k for k in env if k not in ("pi", "e")))
run("z = undefined_var * 2", env)
