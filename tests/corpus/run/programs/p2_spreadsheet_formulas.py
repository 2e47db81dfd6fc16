"""Spreadsheet with formulas: cell references, ranges, SUM/AVG/MAX, dependency tracking, cycle detection."""
import re
from functools import lru_cache

REF = re.compile(r"\b([A-Z])([0-9]+)\b")
RANGE = re.compile(r"\b([A-Z])([0-9]+):([A-Z])([0-9]+)\b")
FUNCS = {"SUM": sum, "AVG": lambda xs: sum(xs) / len(xs), "MAX": max, "MIN": min, "COUNT": len}


class CycleError(Exception):
    pass


class Sheet:
    def __init__(self):
        self.raw = {}
        self.cache = {}

    def set(self, cell, value):
        self.raw[cell] = value
        self.cache.clear()

    def expand(self, m):
        c1, r1, c2, r2 = m.group(1), int(m.group(2)), m.group(3), int(m.group(4))
        cells = [f"{chr(c)}{r}" for c in range(ord(c1), ord(c2) + 1) for r in range(r1, r2 + 1)]
        return "[" + ", ".join(cells) + "]"

    def value(self, cell, stack=()):
        if cell in stack:
            raise CycleError(" -> ".join(stack + (cell,)))
        if cell in self.cache:
            return self.cache[cell]
        raw = self.raw.get(cell, 0)
        if isinstance(raw, str) and raw.startswith("="):
            expr = RANGE.sub(self.expand, raw[1:])
            env = {name: fn for name, fn in FUNCS.items()}
            for ref in set(REF.findall(expr)):
                name = "".join(ref)
                env[name] = self.value(name, stack + (cell,))
            try:
                result = eval(expr, {"__builtins__": {}}, env)
            except ZeroDivisionError:
                result = "#DIV/0!"
            except (TypeError, NameError, SyntaxError) as e:
                result = f"#ERR({type(e).__name__})"
        else:
            result = raw
        self.cache[cell] = result
        return result

    def dependents(self, cell):
        out = set()
        for c, raw in self.raw.items():
            if isinstance(raw, str) and raw.startswith("="):
                expr = RANGE.sub(self.expand, raw[1:])
                if cell in {"".join(r) for r in REF.findall(expr)}:
                    out.add(c)
                    out |= self.dependents(c)
        return out

    def render(self, cols="ABCD", rows=range(1, 6)):
        lines = ["    " + "".join(f"{c:>10}" for c in cols)]
        for r in rows:
            cells = []
            for c in cols:
                try:
                    v = self.value(f"{c}{r}")
                except CycleError:
                    v = "#CYCLE"
                cells.append(f"{v:>10.2f}" if isinstance(v, float) else f"{v!s:>10}")
            lines.append(f"{r:>3} " + "".join(cells))
        return "\n".join(lines)


s = Sheet()
for i, (item, qty, price) in enumerate([("apples", 3, 0.5), ("pears", 2, 0.75), ("plums", 10, 0.2)], 1):
    s.set(f"A{i}", item)
    s.set(f"B{i}", qty)
    s.set(f"C{i}", price)
    s.set(f"D{i}", f"=B{i} * C{i}")
s.set("A4", "total")
s.set("B4", "=SUM(B1:B3)")
s.set("D4", "=SUM(D1:D3)")
s.set("C4", "=AVG(C1:C3)")
s.set("A5", "=D4 / (B4 - 15)")
s.set("B5", "=MAX(B1:B3) + COUNT(A1:A3)")
s.set("C5", "=A1 + 1")
s.set("D5", "=D5 + 1")
print(s.render())
print(sorted(s.dependents("B1")), sorted(s.dependents("C3")))
s.set("B2", 5)
print(s.value("D4"), s.value("B4"), s.value("A5"))
try:
    s.set("A1", "=B1 + A3")
    s.set("A3", "=A1 * 2")
    s.value("A3")
except CycleError as e:
    print("cycle:", e)
