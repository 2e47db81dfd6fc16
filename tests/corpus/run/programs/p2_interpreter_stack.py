"""A Forth-like stack language interpreter with user words, control flow and error handling."""
class ForthError(Exception):
    pass


class Forth:
    def __init__(self):
        self.stack = []
        self.words = {}
        self.out = []
        self.builtins = {
            "+": lambda: self.binop(lambda a, b: a + b), "-": lambda: self.binop(lambda a, b: a - b),
            "*": lambda: self.binop(lambda a, b: a * b), "/": self.div, "mod": lambda: self.binop(lambda a, b: a % b),
            "dup": lambda: self.push(self.peek()), "drop": self.pop, "swap": self.swap, "over": self.over,
            "rot": self.rot, ".": lambda: self.out.append(str(self.pop())), "emit": lambda: self.out.append(chr(self.pop())),
            "cr": lambda: self.out.append("\n"), "=": lambda: self.binop(lambda a, b: -1 if a == b else 0),
            "<": lambda: self.binop(lambda a, b: -1 if a < b else 0), ">": lambda: self.binop(lambda a, b: -1 if a > b else 0),
            ".s": lambda: self.out.append(f"<{len(self.stack)}> " + " ".join(map(str, self.stack))),
        }

    def push(self, v):
        self.stack.append(v)

    def pop(self):
        if not self.stack:
            raise ForthError("stack underflow")
        return self.stack.pop()

    def peek(self):
        if not self.stack:
            raise ForthError("stack underflow")
        return self.stack[-1]

    def binop(self, f):
        b, a = self.pop(), self.pop()
        self.push(f(a, b))

    def div(self):
        b, a = self.pop(), self.pop()
        if b == 0:
            raise ForthError("division by zero")
        self.push(a // b)

    def swap(self):
        b, a = self.pop(), self.pop()
        self.stack += [b, a]

    def over(self):
        b, a = self.pop(), self.pop()
        self.stack += [a, b, a]

    def rot(self):
        c, b, a = self.pop(), self.pop(), self.pop()
        self.stack += [b, c, a]

    def run(self, src):
        self.execute(src.lower().split())

    def execute(self, toks):
        i = 0
        while i < len(toks):
            t = toks[i]
            if t == ":":
                end = toks.index(";", i)
                name = toks[i + 1]
                if name.lstrip("-").isdigit():
                    raise ForthError(f"cannot redefine number {name}")
                body = []
                for w in toks[i + 2:end]:
                    body.extend(self.words.get(w, [w]))
                self.words[name] = body
                i = end + 1
                continue
            if t == "if":
                depth, j, else_at = 1, i + 1, None
                while depth:
                    if toks[j] == "if":
                        depth += 1
                    elif toks[j] == "then":
                        depth -= 1
                    elif toks[j] == "else" and depth == 1:
                        else_at = j
                    j += 1
                cond = self.pop()
                if cond:
                    self.execute(toks[i + 1:else_at or j - 1])
                elif else_at:
                    self.execute(toks[else_at + 1:j - 1])
                i = j
                continue
            if t == "do":
                end = toks.index("loop", i)
                start, limit = self.pop(), self.pop()
                for k in range(start, limit):
                    self.execute([str(k) if w == "i" else w for w in toks[i + 1:end]])
                i = end + 1
                continue
            if t in self.words:
                self.execute(self.words[t])
            elif t in self.builtins:
                self.builtins[t]()
            else:
                try:
                    self.push(int(t))
                except ValueError:
                    raise ForthError(f"undefined word {t!r}") from None
            i += 1


programs = [
    "1 2 + 3 * .",
    ": square dup * ; 7 square . 3 square square .",
    ": fact dup 1 > if dup 1 - fact * then ; 10 fact .",
    "5 0 do i . loop",
    "10 3 mod . 10 3 / . 2 3 swap .s",
    "1 2 3 rot .s",
    "72 emit 105 emit cr",
    ": sign dup 0 < if drop -1 else 0 > if 1 else 0 then then ; -5 sign . 0 sign . 9 sign .",
    "1 0 /",
    "drop",
    "foo",
    ": 5 6 ;",
    ": countdown dup 0 > if dup . 1 - countdown then ; 5 countdown",
]
for src in programs:
    f = Forth()
    try:
        f.run(src)
        print(f"{src!r:60} -> {' '.join(f.out)!r}")
    except ForthError as e:
        print(f"{src!r:60} !! {e}")
    except RecursionError:
        print("recursion")
