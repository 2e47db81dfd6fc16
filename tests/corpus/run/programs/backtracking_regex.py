class Regex:
    """Tiny backtracking matcher supporting . * + ? | () [] ^ $ and escapes."""
    def __init__(self, pattern):
        self.pattern = pattern
        self.pos = 0
        self.ast = self.parse_alt()
        if self.pos != len(pattern):
            raise SyntaxError(f"unexpected {pattern[self.pos]!r} at {self.pos}")

    def peek(self):
        return self.pattern[self.pos] if self.pos < len(self.pattern) else None

    def parse_alt(self):
        branches = [self.parse_seq()]
        while self.peek() == "|":
            self.pos += 1
            branches.append(self.parse_seq())
        return ("alt", branches) if len(branches) > 1 else branches[0]

    def parse_seq(self):
        items = []
        while self.peek() not in (None, "|", ")"):
            atom = self.parse_atom()
            while self.peek() in ("*", "+", "?"):
                atom = (self.peek(), atom)
                self.pos += 1
            items.append(atom)
        return ("seq", items)

    def parse_atom(self):
        c = self.peek()
        self.pos += 1
        if c == "(":
            inner = self.parse_alt()
            if self.peek() != ")":
                raise SyntaxError("missing )")
            self.pos += 1
            return ("group", inner)
        if c == "[":
            end = self.pattern.index("]", self.pos)
            body = self.pattern[self.pos:end]
            self.pos = end + 1
            neg = body.startswith("^")
            body = body[1:] if neg else body
            chars = set()
            i = 0
            while i < len(body):
                if i + 2 < len(body) and body[i + 1] == "-":
                    chars.update(chr(x) for x in range(ord(body[i]), ord(body[i + 2]) + 1))
                    i += 3
                else:
                    chars.add(body[i]); i += 1
            return ("set", frozenset(chars), neg)
        if c == "\\":
            e = self.peek(); self.pos += 1
            classes = {"d": "0123456789", "w": "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_", "s": " \t\n"}
            if e in classes:
                return ("set", frozenset(classes[e]), False)
            return ("char", e)
        if c in "*+?":
            raise SyntaxError(f"nothing to repeat at {self.pos - 1}")
        if c == ".":
            return ("any",)
        if c == "^":
            return ("bol",)
        if c == "$":
            return ("eol",)
        return ("char", c)

    def m(self, node, s, i, k):
        kind = node[0]
        if kind == "char":
            return i < len(s) and s[i] == node[1] and k(i + 1)
        if kind == "any":
            return i < len(s) and s[i] != "\n" and k(i + 1)
        if kind == "set":
            return i < len(s) and ((s[i] in node[1]) != node[2]) and k(i + 1)
        if kind == "bol":
            return i == 0 and k(i)
        if kind == "eol":
            return i == len(s) and k(i)
        if kind == "group":
            return self.m(node[1], s, i, k)
        if kind == "seq":
            def run(idx, j):
                if idx == len(node[1]):
                    return k(j)
                return self.m(node[1][idx], s, j, lambda j2: run(idx + 1, j2))
            return run(0, i)
        if kind == "alt":
            return any(self.m(b, s, i, k) for b in node[1])
        if kind == "?":
            return self.m(node[1], s, i, k) or k(i)
        if kind == "*":
            return self.m(node[1], s, i, lambda j: j != i and self.m(node, s, j, k)) or k(i)
        if kind == "+":
            return self.m(node[1], s, i, lambda j: self.m(("*", node[1]), s, j, k))
        raise AssertionError(kind)

    def search(self, s):
        for start in range(len(s) + 1):
            end = []
            if self.m(self.ast, s, start, lambda j: end.append(j) or True):
                return (start, end[0])
        return None

import re
tests = [
    ("a*b", "aaab"), ("colou?r", "The color red"), ("(ab)+c", "xxababcx"), ("^h.llo$", "hello"),
    ("[a-c]+x", "zzbcax"), ("[^0-9]+", "123abc456"), ("\\d+\\.\\d*", "pi is 3.14159!"),
    ("cat|dog|bird", "hotdog"), ("(a|b)*abb", "babaabb"), ("x?y?z?", ""), ("\\w+@\\w+", "mail bob@host now"),
    ("a+a+a+b", "aaaaaaaaaaaa"), ("(a*)*b", "aaaab"),
]
for pat, s in tests:
    mine = Regex(pat).search(s)
    ref = re.search(pat, s)
    refspan = ref.span() if ref else None
    flag = "ok" if mine == refspan else "DIFF"
    print(f"{pat!r:<18} {s!r:<20} {mine!s:<10} {flag}")
for bad in ["*a", "(ab", "a)b", "a|+"]:
    try:
        Regex(bad)
    except SyntaxError as e:
        print("SyntaxError:", e)
    try:
        re.compile(bad)
    except re.error as e:
        print("re.error:", e, e.pos)
