# Deeply nested source code handled by compile()/eval(): limits give SyntaxError/RecursionError/MemoryError.
for depth in [50, 150, 250]:
    src = "(" * depth + "1" + ")" * depth
    try:
        print(depth, eval(src))
    except SyntaxError as e:
        print(depth, "SyntaxError:", e.msg)
for depth in [50, 500]:
    src = "[" * depth + "]" * depth
    try:
        v = eval(src)
        print(depth, "ok", len(v))
    except SyntaxError as e:
        print(depth, "SyntaxError:", e.msg)
src = "-" * 1000 + "1"
try:
    print("unary chain", eval(src))
except (SyntaxError, RecursionError, MemoryError) as e:
    print("unary chain", type(e).__name__)
for terms in [500, 5000]:
    src = "1" + " + 1" * terms
    try:
        print("flat sum of", terms, "terms:", eval(src))
    except RecursionError as e:
        print("flat sum of", terms, "terms: RecursionError:", e)
body = "x = 0\n"
for i in range(30):
    body += "    " * i + "if True:\n"
body += "    " * 30 + "x = 30\n"
ns = {}
exec(body, ns)
print("30 nested ifs", ns["x"])
body = ""
for i in range(101):
    body += " " * i + "if True:\n"
body += " " * 101 + "pass\n"
try:
    compile(body, "<deep>", "exec")
    print("101 nested blocks compiled")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
except IndentationError as e:
    print("IndentationError:", e.msg)
